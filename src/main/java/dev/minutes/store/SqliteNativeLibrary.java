package dev.minutes.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The launcher's helper, not a user command: copies the SQLite driver's native library for this
 * platform out of the jar into a folder, once per build. The launcher then names that folder in
 * {@code org.sqlite.lib.path}, and the driver loads the library from there. Without it the driver
 * writes the library to a new file in the temporary folder on every start and reads it back byte by
 * byte to check it, which cost a short command such as {@code todos} about a tenth of its CPU time.
 * When the copied library cannot be loaded, the driver falls back to its own extraction.
 *
 * <pre>java -cp target/minutes.jar dev.minutes.store.SqliteNativeLibrary FOLDER</pre>
 */
public final class SqliteNativeLibrary {
  private SqliteNativeLibrary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SqliteNativeLibrary FOLDER");
      System.exit(2);
    }
    System.out.println(copyTo(Path.of(args[0])));
  }

  /** Copies the library into {@code folder} (replacing an older copy) and returns its path. */
  static Path copyTo(Path folder) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path partial = folder.resolve(name + ".partial");
    try (InputStream library = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
      if (library == null) {
        throw new IOException("no SQLite native library in the jar for this platform: " + resource);
      }
      Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
    }
    // A launcher started meanwhile sees the old library or the new one, never half of one.
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }
}
