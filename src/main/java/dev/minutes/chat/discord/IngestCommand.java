package dev.minutes.chat.discord;

import dev.minutes.chat.ChatMessage;
import dev.minutes.notes.MinutesException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /ingest notes:FILE} (maintainers): the IngestNotes use case on an uploaded file, then the
 * announcements of what it added. The download and GitHub run on the worker.
 */
final class IngestCommand implements SlashCommand {
  static final int MAX_NOTES_BYTES = 1 << 20;

  private final NotesIngest notes;
  private final Runnable announce;

  /**
   * @param announce posts the announcements the ingest left in the outbox
   */
  IngestCommand(NotesIngest notes, Runnable announce) {
    this.notes = notes;
    this.announce = announce;
  }

  @Override
  public SlashCommandData definition() {
    return Commands.slash("ingest", "Ingest a notes file (maintainers)")
        .addOption(OptionType.ATTACHMENT, "notes", "The .md notes file", true);
  }

  @Override
  public Permission permission() {
    return Permission.maintainers("Only maintainers can ingest notes.");
  }

  @Override
  public Answer answer(SlashCommandInteractionEvent event, Invoker invoker) {
    Message.Attachment file = event.getOption("notes", OptionMapping::getAsAttachment);
    if (file == null || file.getSize() > MAX_NOTES_BYTES) {
      return Answer.now(Reply.privately("Attach one .md notes file of at most 1 MiB."));
    }
    if (!markdown(file.getFileName())) {
      return Answer.now(Reply.privately("Attach a Markdown notes file (.md)."));
    }
    return Answer.later(() -> ingest(file.getFileName(), download(file)));
  }

  Reply ingest(String fileName, byte[] content) {
    if (!markdown(fileName)) {
      return Reply.privately("Attach a Markdown notes file (.md).");
    }
    Reply reply =
        Reply.visible(ChatMessage.plain(UseCaseReplies.upload(notes.ingest(fileName, content))));
    announce.run();
    return reply;
  }

  private static boolean markdown(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".md");
  }

  private static byte[] download(Message.Attachment file) {
    try (InputStream in = file.getProxy().download().join()) {
      return in.readNBytes(MAX_NOTES_BYTES + 1);
    } catch (IOException e) {
      throw new MinutesException(file.getFileName(), "cannot download the attachment", null);
    }
  }
}
