package org.emogap.lexicon;

import org.emogap.data.Fetch;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's own cue words: the dictionary literal {@code NRC_LEXICON_MAPPING} of the authors'
 * {@code lexical_transparency.py} (data source {@code paper_lexicon}, checksummed), ten words or
 * phrases per GoEmotions category. Only that literal is read, line by line in its published shape
 * ({@code NRC_LEXICON_MAPPING = {}, then one {@code "category": ["w1", ...],} per line, then
 * {@code }}); any other shape is refused with the file and line, so a changed script cannot be
 * misread silently. The paper matches these cues as substrings ({@link TextMatcher#substring()}).
 */
public final class PaperLexicon {
    private static final Pattern ENTRY = Pattern.compile("^\\s*\"([a-z]+)\":\\s*\\[(.*)\\],?\\s*$");
    private static final Pattern WORD = Pattern.compile("\\s*\"([^\"\\\\]+)\"\\s*(?:,|$)");

    private PaperLexicon() {}

    /** The paper lexicon over the categories, from the fetched (or mirrored) script. */
    public static Lexicon load(List<String> categories) {
        return read(Fetch.fetch("paper_lexicon"), categories);
    }

    /** Parses {@code NRC_LEXICON_MAPPING}; every category must appear once, and no other. */
    public static Lexicon read(Path file, List<String> categories) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        int[] state = {0}; // 0 before the literal, 1 inside, 2 after
        TextLines.forEach(file, (line, s) -> {
            if (state[0] == 0) {
                if (s.startsWith("NRC_LEXICON_MAPPING")) {
                    if (!s.strip().equals("NRC_LEXICON_MAPPING = {")) throw new DataFileException(file, line, "expected 'NRC_LEXICON_MAPPING = {', got '" + s.strip() + "'");
                    state[0] = 1;
                }
                return;
            }
            if (state[0] == 2) return;
            if (s.strip().equals("}")) { state[0] = 2; return; }
            Matcher m = ENTRY.matcher(s);
            if (!m.matches()) throw new DataFileException(file, line, "not a '\"category\": [\"word\", ...],' line of NRC_LEXICON_MAPPING: '" + s.strip() + "'");
            String cat = m.group(1);
            if (!categories.contains(cat)) throw new DataFileException(file, line, "category '" + cat + "' is not one of the " + categories.size() + " categories");
            if (words.containsKey(cat)) throw new DataFileException(file, line, "category '" + cat + "' appears twice");
            List<String> list = new ArrayList<>();
            Matcher w = WORD.matcher(m.group(2));
            int end = 0;
            while (w.lookingAt()) {
                list.add(w.group(1));
                end = w.end();
                w.region(end, m.group(2).length());
            }
            if (end != m.group(2).length() || list.isEmpty()) throw new DataFileException(file, line, "the word list of '" + cat + "' is not a list of quoted strings");
            words.put(cat, list);
        });
        if (state[0] == 0) throw new DataFileException(file, 0, "no NRC_LEXICON_MAPPING literal found");
        if (state[0] == 1) throw new DataFileException(file, 0, "NRC_LEXICON_MAPPING is not closed by a '}' line");
        List<String> missing = categories.stream().filter(c -> !words.containsKey(c)).toList();
        if (!missing.isEmpty()) throw new DataFileException(file, 0, "NRC_LEXICON_MAPPING lacks " + missing);
        List<Cue> cues = new ArrayList<>();
        words.forEach((c, ws) -> ws.forEach(w -> cues.add(new Cue(c, w.toLowerCase(java.util.Locale.ROOT), Cue.PAPER))));
        return new Lexicon(categories, cues);
    }
}
