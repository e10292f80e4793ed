package org.emogap.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates notebook cells with JShell in this JVM: a cell is split into snippets, each is
 * evaluated in turn, definitions persist (and can be redefined), and the last expression's value
 * is returned as an object. Failures come back as {@link CellError}s that name the cell line.
 */
public final class CellEvaluator implements AutoCloseable {
    /** The imports JShell's own tool starts with, so cells can use List, Path, Stream, … directly. */
    private static final String DEFAULT_IMPORTS = String.join("\n",
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

    private final JShell shell;
    private final CellExecutionControl control;
    private final Magics magics;
    private volatile boolean interrupted;
    private volatile boolean busy;

    /** The outcome of a cell: whether it ended with an expression, and its value. */
    public record Result(boolean hasValue, Object value) {
        static final Result NONE = new Result(false, null);
    }

    public CellEvaluator(Path workDir) {
        CellExecutionControl[] made = new CellExecutionControl[1];
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override public String name() {
                return "emogap-local";
            }

            @Override public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                made[0] = new CellExecutionControl();
                return made[0];
            }
        };
        this.shell = JShell.builder().executionEngine(provider, Map.of()).build();
        this.control = made[0];
        // the compiler must see the classes the kernel was started with (the emogap library among them)
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) shell.addToClasspath(entry);
        }
        this.magics = new Magics(workDir, p -> shell.addToClasspath(p.toString()));
        try {
            eval(DEFAULT_IMPORTS);
        } catch (CellError e) {
            throw new IllegalStateException("the default imports failed: " + e.getMessage(), e);
        }
    }

    /** Evaluates one cell. */
    public Result eval(String cell) throws CellError {
        interrupted = false;
        control.resetStop();
        busy = true;
        String code;
        try {
            code = magics.apply(cell.replace("\r\n", "\n"));
        } catch (IllegalArgumentException e) {
            throw new CellError("MagicError", e.getMessage(), List.of(e.getMessage()));
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Result last = Result.NONE;
        int offset = 0;
        String remaining = code;
        try {
            while (!remaining.isBlank()) {
                if (interrupted) {
                    String msg = "cell interrupted before line " + lineOf(code, offset + leadingWhitespace(remaining));
                    throw new CellError("Interrupted", msg, List.of(msg));
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                int consumed = remaining.length() - info.remaining().length();
                int start = offset + leadingWhitespace(remaining);
                if (!info.completeness().isComplete()) {
                    int line = lineOf(code, start);
                    String msg = "cell line " + line + ": incomplete code (" + info.completeness().name()
                            .toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
                    throw new CellError("CompilationError", msg, List.of(msg, "    " + firstLine(remaining.strip())));
                }
                last = evalSnippet(info.source(), code, start);
                offset += consumed;
                remaining = info.remaining();
            }
            return last;
        } finally {
            busy = false;
            control.resetStop();
            control.clearValues();
        }
    }

    private Result evalSnippet(String source, String cell, int start) throws CellError {
        List<SnippetEvent> events = shell.eval(source);
        Result result = Result.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) continue; // side effects on earlier snippets
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, cell, start);
            }
            JShellException ex = event.exception();
            if (ex != null) {
                throw runtimeError(ex, cell, start);
            }
            if (interrupted) {
                String msg = "cell interrupted (line " + lineOf(cell, start) + ")";
                throw new CellError("Interrupted", msg, List.of(msg));
            }
            if (isExpression(snippet)) {
                String key = event.value();
                result = control.hasValue(key) ? new Result(true, control.takeValue(key))
                        : new Result(key != null, key);
            } else {
                result = Result.NONE;
            }
        }
        return result;
    }

    private static boolean isExpression(Snippet s) {
        return s instanceof ExpressionSnippet || s instanceof VarSnippet v
                && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private CellError compileError(Snippet snippet, String cell, int start) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : (Iterable<Diag>) shell.diagnostics(snippet)::iterator) {
            if (!d.isError()) continue;
            int pos = d.getStartPosition() >= 0 ? (int) d.getStartPosition() : 0;
            int line = lineOf(cell, start + pos);
            String msg = "cell line " + line + ": " + d.getMessage(Locale.ROOT);
            if (first == null) first = msg;
            lines.add(msg);
            lines.add("    " + lineText(cell, line).strip());
        }
        if (snippet instanceof jdk.jshell.DeclarationSnippet ds) {
            List<String> unresolved = shell.unresolvedDependencies(ds).collect(Collectors.toList());
            if (!unresolved.isEmpty()) lines.add("unresolved: " + String.join(", ", unresolved));
        }
        if (first == null) {
            first = "cell line " + lineOf(cell, start) + ": the snippet was rejected";
            lines.add(first);
        }
        return new CellError("CompilationError", first, lines);
    }

    private CellError runtimeError(JShellException ex, String cell, int start) {
        String name;
        String message;
        if (ex instanceof EvalException ee) {
            name = ee.getExceptionClassName();
            message = ee.getMessage();
        } else if (ex instanceof UnresolvedReferenceException ure) {
            name = "UnresolvedReference";
            message = ure.getSnippet() + " uses definitions that are missing: "
                    + shell.unresolvedDependencies(ure.getSnippet()).collect(Collectors.joining(", "));
        } else {
            name = ex.getClass().getSimpleName();
            message = ex.getMessage();
        }
        int line = lineOf(cell, start) + snippetLine(ex).map(l -> l - 1).orElse(0);
        String head = name + (message == null ? "" : ": " + message) + " (cell line " + line + ")";
        List<String> lines = new ArrayList<>();
        lines.add(head);
        lines.add("    " + lineText(cell, line).strip());
        appendTrace(ex, lines);
        return new CellError(name, head, lines);
    }

    /** The line within the snippet where the exception was thrown, from the first snippet frame. */
    private static Optional<Integer> snippetLine(Throwable ex) {
        for (StackTraceElement e : ex.getStackTrace()) {
            if (e.getFileName() != null && e.getFileName().startsWith("#") && e.getLineNumber() > 0) {
                return Optional.of(e.getLineNumber());
            }
        }
        return Optional.empty();
    }

    private static void appendTrace(Throwable ex, List<String> lines) {
        Set<Throwable> seen = new LinkedHashSet<>();
        for (Throwable t = ex; t != null && seen.add(t); t = t.getCause()) {
            if (t != ex) {
                String n = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
                lines.add("Caused by: " + n + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            }
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("jdk.jshell.") || e.getClassName().startsWith("org.emogap.kernel.")
                        || e.getClassName().startsWith("jdk.internal.reflect.") || e.getClassName().startsWith("java.lang.reflect.")
                        || e.getClassName().startsWith("java.util.concurrent.")) {
                    continue;
                }
                lines.add("    at " + (e.getFileName() != null && e.getFileName().startsWith("#")
                        ? "cell (" + e.getFileName() + ":" + e.getLineNumber() + ")" : e.toString()));
            }
        }
    }

    /**
     * Code completion at a cursor: the replacements and where they start. Only the snippet that
     * holds the cursor is analysed, since JShell completes one snippet at a time.
     */
    public Completion complete(String code, int cursor) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int start = 0;
        String before = code.substring(0, Math.min(cursor, code.length()));
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(before.substring(start));
            String rest = info.remaining();
            if (!info.completeness().isComplete() || rest.isBlank()) break;
            start = before.length() - rest.length();
        }
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> s = analysis.completionSuggestions(code.substring(start), cursor - start, anchor);
        List<String> texts = s.stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
        return new Completion(texts, start + anchor[0], cursor);
    }

    /** Completion replacements for the text between {@code start} and {@code end}. */
    public record Completion(List<String> replacements, int start, int end) {}

    /** "complete", "incomplete" or "invalid" for a frontend deciding whether Enter runs the code. */
    public String completeness(String code) {
        SourceCodeAnalysis.Completeness c = shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
        return switch (c) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
            case UNKNOWN -> "invalid";
        };
    }

    /** Documentation of what is at the cursor, or null. */
    public String documentation(String code, int cursor) {
        List<SourceCodeAnalysis.Documentation> docs = shell.sourceCodeAnalysis().documentation(code, cursor, true);
        if (docs.isEmpty() && cursor > 0 && Character.isJavaIdentifierPart(code.charAt(cursor - 1))) {
            // on a bare method name ("Math.max|") JShell documents only once the call is opened
            docs = shell.sourceCodeAnalysis().documentation(code.substring(0, cursor) + "(", cursor + 1, true);
        }
        if (docs.isEmpty()) return null;
        return docs.stream().map(d -> d.signature() + (d.javadoc() == null ? "" : "\n" + d.javadoc()))
                .collect(Collectors.joining("\n\n"));
    }

    /** Interrupts the running cell (called from the control channel's thread). */
    public void interrupt() {
        if (!busy) return; // nothing runs: an interrupt must not fall on the next cell
        interrupted = true;
        control.interruptCell();
    }

    @Override public void close() {
        shell.close();
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
