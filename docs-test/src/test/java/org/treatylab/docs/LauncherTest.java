package org.treatylab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's Java checks: without a suitable Java it says so in one line with how to get one, and exits 1. Each
 * case runs a copy of {@code ./treatylab} (the copy has no sources and, unless a case adds one, no jar) with a PATH of
 * the few tools it uses and a stand-in {@code java} that prints the version a case needs.
 */
class LauncherTest {
    private static final String HOW = "install a JDK 17: apt-get install openjdk-17-jdk-headless (Debian, Ubuntu), or"
            + " see https://adoptium.net";

    @TempDir
    Path dir;

    private Path home;
    private Path bin;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copyOfTheLauncher() throws Exception {
        home = Files.createDirectory(dir.resolve("treatylab"));
        Files.copy(Pages.repo().resolve("treatylab"), home.resolve("treatylab"), StandardCopyOption.COPY_ATTRIBUTES);
        bin = Files.createDirectory(dir.resolve("bin"));
        for (String tool : List.of("bash", "env", "dirname", "find", "readlink", "mktemp", "cat", "rm")) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
    }

    @Test
    void noJava_oneLineNamingTheProblemAndTheCure_exitOne() throws Exception {
        Run r = run(null);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: TreatyLab needs Java 17 or newer; no java on the PATH and JAVA_HOME is"
                + " not set; " + HOW + "\n");
    }

    @Test
    void java11_oneLineNamingTheVersion_exitOne() throws Exception {
        Path jdk = fakeJava("jdk-11", "openjdk version \"11.0.22\" 2024-01-16", true);
        Run r = run(jdk);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: TreatyLab needs Java 17 or newer; " + jdk.resolve("bin/java")
                + " is Java 11; " + HOW + "\n");
    }

    @Test
    void java8_oldVersionScheme_isReadAsEight() throws Exception {
        Path jdk = fakeJava("jdk-8", "java version \"1.8.0_392\"", true);
        Run r = run(jdk);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(" is Java 8; ").hasLineCount(1);
    }

    @Test
    void javaHomeWithoutJava_saysSo_exitOne() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-home"));
        Run r = run(empty);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: TreatyLab needs Java 17 or newer; JAVA_HOME is " + empty
                + ", which has no bin/java; " + HOW + "\n");
    }

    @Test
    void runtimeWithoutJavac_cannotBuild_saysSo_exitOne() throws Exception {
        Path jre = fakeJava("jre-17", "openjdk version \"17.0.15\" 2025-04-15", false);
        Run r = run(jre);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: TreatyLab needs Java 17 or newer; building TreatyLab needs a JDK, and "
                + jre.resolve("bin/java") + " is a runtime only (no javac beside it); " + HOW + "\n");
    }

    @Test
    void java17_withABuiltJar_runsTheJarWithTheOptionsAndArguments() throws Exception {
        Path jdk = fakeJava("jdk-17", "openjdk version \"17.0.15\" 2025-04-15", true);
        Path jar = home.resolve("cli/target/treatylab.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        Run r = run(jdk, Map.of("TREATYLAB_JAVA_OPTS", "-Xmx1g"), "count", "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("java -Xmx1g --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -jar " + jar
                + " count --help\n");
    }

    @Test
    void java21_versionWithoutMinor_isAccepted() throws Exception {
        Path jdk = fakeJava("jdk-21", "openjdk version \"21\" 2023-09-19", true);
        Files.createDirectories(home.resolve("cli/target"));
        Files.writeString(home.resolve("cli/target/treatylab.jar"), "");
        Run r = run(jdk, Map.of(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("treatylab.jar --version\n");
    }

    /** A stand-in JDK home: bin/java prints {@code version} for -version and echoes anything else. */
    private Path fakeJava(String name, String version, boolean withJavac) throws IOException {
        Path jdkBin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Path java = jdkBin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nif [ \"$1\" = -version ]; then echo '" + version + "' >&2; exit 0; fi\n"
                + "echo \"java $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (withJavac) {
            Path javac = jdkBin.resolve("javac");
            Files.writeString(javac, "#!/bin/bash\nexit 0\n");
            Files.setPosixFilePermissions(javac, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir.resolve(name);
    }

    private Run run(Path javaHome, String... args) throws Exception {
        return run(javaHome, Map.of(), args);
    }

    private Run run(Path javaHome, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("treatylab").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", dir.toString());
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        }
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }
}
