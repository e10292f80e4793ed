package org.emogap.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A versioned prompt: system text and a user template with a {@code {text}} slot. Prompts live as
 * resources {@code org/emogap/llm/prompts/<version>.prompt}; a user adds a variant by adding such a
 * file (on the classpath, or read with {@link #load(Path)}). The version is part of every sample's
 * cache key, so a changed prompt never reuses old answers.
 *
 * <p>File format: {@code #} comment lines, then {@code dataset:} and {@code mode:} headers, then a
 * {@code --- system} section and a {@code --- user} section; the section text is kept verbatim
 * (only the final line break is dropped).
 */
public record Prompt(String version, String dataset, Mode mode, String system, String userTemplate) {
    static final String SLOT = "{text}";

    public Prompt {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(userTemplate, "userTemplate");
        if (!dataset.equals("goemotions") && !dataset.equals("emobank")) {
            throw new IllegalArgumentException("prompt " + version + ": dataset is '" + dataset + "', expected goemotions or emobank");
        }
        if (!userTemplate.contains(SLOT)) {
            throw new IllegalArgumentException("prompt " + version + ": the user template has no " + SLOT + " slot");
        }
    }

    /** A prompt shipped as a resource, e.g. {@code goemotions-paper-v1}. */
    public static Prompt resource(String version) {
        String name = "prompts/" + version + ".prompt";
        try (InputStream in = Prompt.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no prompt resource org/emogap/llm/" + name);
            return parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8), "org/emogap/llm/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + name, e);
        }
    }

    /** A prompt from a file; its version is the file name without {@code .prompt}. */
    public static Prompt load(Path file) {
        String version = file.getFileName().toString().replaceFirst("\\.prompt$", "");
        try {
            return parse(version, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + file, e);
        }
    }

    /** The default prompt of a dataset and mode: {@code <dataset>-paper-v1} for samples, else {@code <dataset>-<mode>-v1}. */
    public static Prompt standard(String dataset, Mode mode) {
        return resource(dataset + "-" + (mode == Mode.SAMPLE ? "paper" : mode.label()) + "-v1");
    }

    static Prompt parse(String version, String text, String source) {
        String dataset = null;
        Mode mode = null;
        StringBuilder system = null, user = null, current = null;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (current == null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (line.startsWith("dataset:")) dataset = line.substring(8).trim();
                else if (line.startsWith("mode:")) mode = Mode.of(line.substring(5).trim());
                else if (line.equals("--- system")) current = system = new StringBuilder();
                else throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected a header or '--- system', got '" + line + "'");
            } else if (line.equals("--- user")) {
                current = user = new StringBuilder();
            } else {
                current.append(line).append('\n');
            }
        }
        if (dataset == null || mode == null || system == null || user == null) {
            throw new IllegalArgumentException(source + ": a prompt needs dataset:, mode:, '--- system' and '--- user'");
        }
        return new Prompt(version, dataset, mode, trimEnd(system), trimEnd(user));
    }

    private static String trimEnd(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '\n') end--;
        return b.substring(0, end);
    }

    /** The prompts shipped with emogap, one per dataset and mode. */
    public static final List<String> SHIPPED = List.of("goemotions-paper-v1", "goemotions-verbalized-v1", "goemotions-logprobs-v1",
            "emobank-paper-v1", "emobank-verbalized-v1", "emobank-logprobs-v1");

    /** The item text of a user message rendered from this prompt, or null when the message is not this prompt's. */
    public String textOf(String userMessage) {
        int slot = userTemplate.indexOf(SLOT);
        String before = userTemplate.substring(0, slot), after = userTemplate.substring(slot + SLOT.length());
        if (userMessage == null || userMessage.length() < before.length() + after.length()
                || !userMessage.startsWith(before) || !userMessage.endsWith(after)) return null;
        return userMessage.substring(before.length(), userMessage.length() - after.length());
    }

    /** The messages for one item: the system message, then the user template with the text in its slot. */
    public List<Message> render(String itemText) {
        Objects.requireNonNull(itemText, "itemText");
        List<Message> m = new ArrayList<>(2);
        m.add(new Message("system", system));
        m.add(new Message("user", userTemplate.replace(SLOT, itemText)));
        return List.copyOf(m);
    }
}
