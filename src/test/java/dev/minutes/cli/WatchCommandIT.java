package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minutes.tracker.github.FakeGitHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minutes watch} against a local bare repository over {@code file://}, with the real
 * github-api client talking to the fake GitHub: pushes of a new meeting, of an edit to an old one
 * and of a rename.
 */
class WatchCommandIT {
  private static final String TOKEN = "fake-token-that-must-never-be-printed-0123456789";
  private static final String REPO = "unikraft/meeting-notes";
  private static final String NOTE = "notes/2024-03-04-maintainers.md";

  @TempDir Path folder;
  private FakeGitHub github;
  private Git author;
  private Path config;
  private String store;

  @BeforeEach
  void aBareRepositoryAnAuthorAndAFakeGitHub() throws Exception {
    github = new FakeGitHub(TOKEN, REPO);
    Path bare = folder.resolve("origin.git");
    Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
    author =
        Git.init().setInitialBranch("main").setDirectory(folder.resolve("author").toFile()).call();
    author
        .remoteAdd()
        .setName("origin")
        .setUri(new org.eclipse.jgit.transport.URIish(bare.toUri().toString()))
        .call();
    store = "jdbc:sqlite:" + folder.resolve("minutes.db");
    config = folder.resolve("bot-config.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "github.mode=auto",
            github.configLines(REPO),
            "notes.base-url=https://github.com/unikraft/meeting-notes/blob/main/",
            "notes.repo=" + bare.toUri(),
            "notes.branch=main",
            "notes.root=checkout",
            "notes.since=2000-01-01",
            ""));
  }

  @AfterEach
  void stop() {
    author.close();
    github.close();
  }

  private void push(String message) throws Exception {
    author.add().addFilepattern(".").call();
    author.add().setUpdate(true).addFilepattern(".").call();
    author.commit().setMessage(message).setAuthor("A", "a@example.org").setSign(false).call();
    author.push().setRemote("origin").setRefSpecs(new RefSpec("main:main")).call();
  }

  private Path authored(String path) {
    return author.getRepository().getWorkTree().toPath().resolve(path);
  }

  private Cli minutes(String... command) {
    String[] args = new String[command.length + 4];
    args[0] = "--config";
    args[1] = config.toString();
    System.arraycopy(command, 0, args, 2, command.length);
    args[command.length + 2] = "--store";
    args[command.length + 3] = store;
    return Cli.run(Map.of("GITHUB_TOKEN", TOKEN), Clock.systemUTC(), args);
  }

  @Test
  void ingestsANewMeetingThenAnEditOfItThenARenameAsTheSameMeeting() throws Exception {
    Files.createDirectories(authored("notes"));
    Files.copy(Path.of(NOTE), authored(NOTE));
    push("Maintainers meeting of 4 March");

    Cli first = minutes("watch", "--once");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains(NOTE + ": new meeting").contains("2 new");
    assertThat(github.issues(REPO)).hasSize(2);
    assertThat(github.issues(REPO).get(0).get("body").asText())
        .contains("https://github.com/unikraft/meeting-notes/blob/main/" + NOTE + "#L");

    Files.writeString(
        authored(NOTE),
        Files.readString(authored(NOTE)) + "\nSK: Write the release notes for 0.16.3.\n");
    push("An item added after the meeting");
    Cli edit = minutes("watch", "--once");

    assertThat(edit.exit()).as(edit.err()).isZero();
    assertThat(edit.out()).contains(NOTE + ": \"Maintainers Meeting, March 4, 2024\" — 1 new");
    assertThat(github.issues(REPO)).hasSize(3);

    String renamed = "notes/2024/03/2024-03-04.md";
    Files.createDirectories(authored("notes/2024/03"));
    Files.move(authored(NOTE), authored(renamed));
    push("One folder per month");
    Cli rename = minutes("watch", "--once");
    Cli meetings = minutes("meetings");

    assertThat(rename.exit()).as(rename.err()).isZero();
    assertThat(rename.out())
        .contains(NOTE + " → " + renamed + ": renamed, same meeting M1")
        .doesNotContain("new meeting");
    assertThat(github.issues(REPO)).hasSize(3);
    assertThat(meetings.out()).contains(renamed).doesNotContain(NOTE);
    assertThat(minutes("watch", "--once").out()).doesNotContain(renamed);

    // An edited item edits its issue, as after `minutes ingest` (IngestNotes.followUp).
    Files.writeString(
        authored(renamed),
        Files.readString(authored(renamed)).replace("notes for 0.16.3.", "notes for 0.16.4."));
    push("A corrected item");
    Cli corrected = minutes("watch", "--once");

    assertThat(corrected.out()).contains("GitHub: 1 issues edited, 0 closed, 0 reopened");
    assertThat(github.issues(REPO).get(2).get("title").asText()).contains("0.16.4");
  }
}
