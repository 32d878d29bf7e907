package dev.minutes.chat.discord;

import dev.minutes.application.AnnounceMeetings;
import dev.minutes.chat.Chat;
import dev.minutes.items.Store;
import dev.minutes.people.PeopleDirectory;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: connected, its slash commands registered for the configured guild, answering
 * commands and buttons, and announcing meetings the outbox holds.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  private final JDA jda;
  private final DiscordChat chat;
  private final AnnounceMeetings announcements;
  private final ExecutorService slowWork;

  private DiscordBot(
      JDA jda, DiscordChat chat, AnnounceMeetings announcements, ExecutorService slowWork) {
    this.jda = jda;
    this.chat = chat;
    this.announcements = announcements;
    this.slowWork = slowWork;
  }

  /** Connects, registers the commands and starts answering; returns once the bot is ready. */
  public static DiscordBot start(
      DiscordSettings settings,
      String token,
      Store store,
      PeopleDirectory people,
      BotServices services,
      AnnounceMeetings announcements,
      Clock clock) {
    ExecutorService slowWork =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "minutes-bot-work");
              thread.setDaemon(true);
              return thread;
            });
    DiscordChat[] chat = new DiscordChat[1];
    CommandRegistry registry =
        BotCommands.registry(store, people, services, () -> announcements.announce(chat[0]), clock);
    // Nobody is a maintainer until the role is resolved in the guild.
    InteractionListener listener = new InteractionListener(registry, null, slowWork);
    JDA jda = DiscordConnection.connect(settings, token, listener);
    try {
      Guild guild = DiscordConnection.guild(jda, settings);
      listener.trustRole(MaintainerRole.resolve(settings.maintainerRole(), guild.getRoles()));
      chat[0] =
          new DiscordChat(
              jda, DiscordConnection.channel(guild, settings), settings.maxMessagesPerPost());
      guild.updateCommands().addCommands(registry.definitions()).complete();
    } catch (RuntimeException e) {
      jda.shutdownNow();
      slowWork.shutdownNow();
      throw DiscordErrors.translate(e, "registering the slash commands");
    }
    DiscordBot bot = new DiscordBot(jda, chat[0], announcements, slowWork);
    bot.announcePending();
    return bot;
  }

  /** Posts announcements of meetings ingested since the last ones; returns how many. */
  public int announcePending() {
    int posted = announcements.announce(chat);
    if (posted > 0) {
      LOG.info("Announced {} meeting(s)", posted);
    }
    return posted;
  }

  public Chat chat() {
    return chat;
  }

  /** Blocks until the bot is shut down (by {@link #close} or the JVM's shutdown). */
  public void awaitShutdown() throws InterruptedException {
    jda.awaitShutdown();
  }

  @Override
  public void close() {
    slowWork.shutdown();
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
        jda.shutdownNow();
      }
      slowWork.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
