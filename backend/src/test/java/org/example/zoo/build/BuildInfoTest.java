package org.example.zoo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoTest {

  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void readsTheBranchCommitFromALooseRef(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git/refs/heads"));
    Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(repo.resolve(".git/refs/heads/main"), SHA + "\n");
    Path classes = Files.createDirectories(repo.resolve("backend/target/classes"));
    assertEquals(Optional.of("0123456"), BuildInfo.gitHead(classes));
  }

  @Test
  void readsPackedRefsAndDetachedHeads(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/feature\n");
    Files.writeString(
        repo.resolve(".git/packed-refs"), "# pack-refs\n" + SHA + " refs/heads/feature\n");
    assertEquals(Optional.of("0123456"), BuildInfo.gitHead(repo));
    Files.writeString(repo.resolve(".git/HEAD"), "fedcba9876543210fedcba9876543210fedcba98\n");
    assertEquals(Optional.of("fedcba9"), BuildInfo.gitHead(repo));
  }

  @Test
  void readsALinkedWorktreesHeadAndItsBranchInTheCommonDirectory(@TempDir Path root)
      throws Exception {
    // What `git worktree add ../feature feature` leaves: a .git file in the worktree, its HEAD in
    // .git/worktrees/feature, the branch itself among the main checkout's refs.
    Path main = root.resolve("main");
    Path gitDir = Files.createDirectories(main.resolve(".git/worktrees/feature"));
    Files.createDirectories(main.resolve(".git/refs/heads"));
    Files.writeString(main.resolve(".git/refs/heads/feature"), SHA + "\n");
    Files.writeString(gitDir.resolve("HEAD"), "ref: refs/heads/feature\n");
    Files.writeString(gitDir.resolve("commondir"), "../..\n");
    Path worktree = Files.createDirectories(root.resolve("feature"));
    Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
    Path classes = Files.createDirectories(worktree.resolve("backend/target/classes"));
    assertEquals(Optional.of("0123456"), BuildInfo.gitHead(classes));

    Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/feature\n");
    assertEquals(Optional.of("0123456"), BuildInfo.gitHead(classes), "a relative gitdir");
  }

  @Test
  void aDotGitFileThatNamesNoGitDirectoryGivesNoRevision(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve(".git"), "not a gitdir line\n");
    assertEquals(Optional.empty(), BuildInfo.gitHead(repo));
  }

  @Test
  void devModeIsRecognisedByItsClassesDirectory() {
    assertTrue(BuildInfo.isDevModeClasses(Path.of("/src/zoo/backend/target/classes")));
    assertFalse(
        BuildInfo.isDevModeClasses(
            Path.of("/opt/ol/wlp/usr/servers/zoo/apps/expanded/zoo.war/WEB-INF/classes")));
  }

  @Test
  void newestFileIsTheLastCompile(@TempDir Path classes) throws Exception {
    Path old = Files.writeString(classes.resolve("A.class"), "a");
    Path recent =
        Files.writeString(Files.createDirectories(classes.resolve("p")).resolve("B.class"), "b");
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Files.setLastModifiedTime(recent, FileTime.from(Instant.parse("2024-05-05T10:00:00Z")));
    assertEquals(Optional.of(Instant.parse("2024-05-05T10:00:00Z")), BuildInfo.newestFile(classes));
  }
}
