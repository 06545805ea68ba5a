package dev.tmj.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** {@code tmj} in a child JVM (this test JVM's classes and modules as a class path), for real descriptors and signals. */
final class ChildTmj {
    private ChildTmj() {
    }

    static ProcessBuilder of(String... args) {
        return withJvmOptions(List.of(), args);
    }

    /** tmj with these options of the JVM, such as {@code -Dtmj.dot.limit=2}, which a test must not set in its own. */
    static ProcessBuilder withJvmOptions(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path", "");
        String modulePath = System.getProperty("jdk.module.path", "");
        command.add("-cp");
        command.add(modulePath.isEmpty() ? classPath : modulePath + File.pathSeparator + classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
