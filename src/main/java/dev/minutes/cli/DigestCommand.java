package dev.minutes.cli;

import dev.minutes.chat.ChatMessage;
import dev.minutes.chat.ChatSession;
import dev.minutes.chat.ChatTexts;
import dev.minutes.digest.Digest;
import dev.minutes.digest.DigestText;
import dev.minutes.items.Store;
import dev.minutes.schedule.StoredDigests;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code minutes digest}: previews the weekly digest for any window, or posts it. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the digest: meetings, decisions, new items by owner, overdue, done, trend.",
      "Dates are days in digest.zone; the window runs from the start of --since to the end of"
          + " --until (default: the seven days up to now)."
    })
final class DigestCommand extends MinutesCommand {
  enum Format {
    markdown,
    text,
    json
  }

  @ParentCommand Main main;
  private final StoreOption storeOption = new StoreOption();

  @Option(names = "--since", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Last day, included.")
  LocalDate until;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown, text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--post",
      description = "Send it to the community channel (printed when DISCORD_TOKEN is unset).")
  boolean post;

  @Override
  ExitCode run() {
    ScheduleSettings settings = main.settings().schedule();
    ZoneId zone = settings.digestSchedule().zone();
    Instant end = until == null ? main.clock().instant() : startOf(until.plusDays(1), zone);
    Instant start = since == null ? end.minus(StoredDigests.DEFAULT_WINDOW) : startOf(since, zone);
    if (!start.isBefore(end)) {
      // A usage error (exit 2), like any other option that does not make sense.
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--since " + since + " is after " + (until == null ? "today" : "--until " + until));
    }
    Digest digest;
    // Reading a digest never creates a store; posting one (even empty) is a run like any other.
    try (Store store = post ? storeOption.open(main) : storeOption.openExisting(main)) {
      digest = settings.digests(store, main.people().load()).between(start, end);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (post) {
      try (ChatSession chat = ChatChoice.open(main.settings(), out)) {
        chat.post(ChatMessage.plain(ChatTexts.digest(digest)));
      }
    } else if (format == Format.json) {
      out.println(MeetingJson.pretty(DigestJson.of(digest)));
    } else {
      out.print(
          DigestText.render(
              digest,
              format == Format.markdown ? DigestText.Style.MARKDOWN : DigestText.Style.TEXT));
    }
    out.flush();
    return ExitCode.OK;
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
