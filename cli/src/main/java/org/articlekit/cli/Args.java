package org.articlekit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Options and parameters declared in code, in the order a command's help lists them, each one call: its names,
 * the label of its value, its type and its help text.
 *
 * <p>picocli could read the same model from annotations, but then it makes annotation proxies and method handles
 * at run time, which a class-data archive cannot keep: about 30 ms of a one-file run. So no picocli annotation is
 * used, not even through picocli's own {@code mixinStandardHelpOptions} or {@code GenerateCompletion}, which are
 * annotated classes; {@link #command} adds the same help options in code.
 *
 * <p>Names are given as the help shows them, e.g. {@code "-j, --jobs"}.
 */
final class Args {

    private final List<ArgSpec> declared = new ArrayList<>();

    /** An option with one value of {@code type}; absent, it is null. */
    <T> Arg<T> option(Class<T> type, String names, String label, String description) {
        return add(OptionSpec.builder(split(names)).type(type).paramLabel(label).description(description).build(),
                null);
    }

    /** A repeatable option, each occurrence one value of {@code type}; absent, an empty list. */
    <T> Arg<List<T>> list(Class<T> type, String names, String label, String description) {
        return add(OptionSpec.builder(split(names)).type(List.class).auxiliaryTypes(type).paramLabel(label)
                .description(description).build(), List.of());
    }

    /** A repeatable {@code KEY=VALUE} option; absent, an empty map. Keys keep the order they were given in. */
    Arg<Map<String, String>> map(String names, String label, String description) {
        return add(OptionSpec.builder(split(names)).type(Map.class).auxiliaryTypes(String.class, String.class)
                .paramLabel(label).description(description).build(), Map.of());
    }

    /** An option without a value: true when given. */
    Arg<Boolean> flag(String names, String description) {
        return add(OptionSpec.builder(split(names)).type(boolean.class).description(description).build(), false);
    }

    /** {@code --[no-]name}: true, false, or null when neither is given (so that a config file can decide). */
    Arg<Boolean> negatable(String name, String description) {
        return add(OptionSpec.builder(name).type(Boolean.class).negatable(true).description(description).build(),
                null);
    }

    /** One or more positional parameters; a command line without any is a usage error. */
    Arg<List<String>> positionals(String label, String description) {
        // required is said, not inferred: picocli derives it from the arity only when it reads an annotation
        return add(PositionalParamSpec.builder().arity("1..*").required(true).type(List.class)
                .auxiliaryTypes(String.class).paramLabel(label).description(description).build(), List.of());
    }

    /** The positional parameter at {@code index}, required. */
    Arg<String> positional(int index, String label, String description) {
        return add(PositionalParamSpec.builder().index(Integer.toString(index)).required(true).type(String.class)
                .paramLabel(label).description(description).build(), null);
    }

    private <T> Arg<T> add(ArgSpec spec, T absent) {
        declared.add(spec);
        return new Arg<>(spec, absent);
    }

    private static String[] split(String names) {
        return names.split(", ");
    }

    /**
     * The command {@code name}, run by {@code command} (a {@code Callable<Integer>} or {@code Runnable}; null for one
     * that only has subcommands): the options and parameters of {@code groups} in order, then {@code -h, --help}
     * and {@code -V, --version}, last, where picocli's {@code mixinStandardHelpOptions} puts them.
     */
    static CommandSpec command(String name, Object command, Args... groups) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        for (Args group : groups) {
            for (ArgSpec arg : group.declared) {
                if (arg instanceof OptionSpec option) {
                    spec.addOption(option);
                } else {
                    spec.addPositional((PositionalParamSpec) arg);
                }
            }
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }
}
