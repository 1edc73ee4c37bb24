package io.vistazo.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path temp;

    @Test
    void aFolderGoesWithItsFilesAndSubfolders() throws Exception {
        Path root = Files.createDirectories(temp.resolve("upload-1/a/b"));
        Files.writeString(root.resolve("deep.txt"), "x");
        Files.writeString(temp.resolve("upload-1/top.txt"), "y");
        Files.createDirectories(temp.resolve("upload-1/empty"));

        Folders.deleteRecursively(temp.resolve("upload-1"));

        assertThat(temp.resolve("upload-1")).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aLinkIsDeletedButNotWhatItPointsTo() throws Exception {
        Path kept = Files.createDirectories(temp.resolve("kept"));
        Files.writeString(kept.resolve("precious.txt"), "keep me");
        Path root = Files.createDirectories(temp.resolve("work"));
        Files.createSymbolicLink(root.resolve("link"), kept);

        Folders.deleteRecursively(root);

        assertThat(root).doesNotExist();
        assertThat(kept.resolve("precious.txt")).hasContent("keep me");
    }

    @Test
    void aRootThatIsNotThereIsNoError() {
        Folders.deleteRecursively(temp.resolve("gone"));

        assertThat(Folders.deleteQuietly(temp.resolve("gone"))).isTrue();
    }

    @Test
    void whatCannotBeReachedIsReportedOrLeftQuietly() throws Exception {
        Path file = Files.writeString(temp.resolve("plain.txt"), "not a folder");
        Path underAFile = file.resolve("child");

        assertThatThrownBy(() -> Folders.deleteRecursively(underAFile))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(underAFile.toString());
        assertThat(Folders.deleteQuietly(underAFile)).isFalse();
        assertThat(file).exists();
    }
}
