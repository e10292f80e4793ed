package org.emogap.lexicon;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cue words per category: every (category, word, source) once, in category order, then source
 * order ({@link Cue#SOURCES}), then word. A word may come from several sources and so appear in
 * several rows; {@link #words} gives each category's distinct words.
 */
public record Lexicon(List<String> categories, List<Cue> cues) {
    public Lexicon {
        categories = List.copyOf(categories);
        Set<Cue> distinct = new LinkedHashSet<>();
        for (Cue c : cues) {
            if (!categories.contains(c.category())) throw new IllegalArgumentException("cue '" + c.word() + "' names category '" + c.category() + "', not one of " + categories);
            distinct.add(c);
        }
        List<String> cats = categories;
        List<Cue> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.<Cue>comparingInt(c -> cats.indexOf(c.category()))
                .thenComparingInt(c -> Cue.SOURCES.indexOf(c.source())).thenComparing(Cue::word));
        cues = List.copyOf(sorted);
    }

    /** The distinct cue words of a category, sorted. */
    public Set<String> words(String category) {
        Set<String> out = new TreeSet<>();
        for (Cue c : cues) if (c.category().equals(category)) out.add(c.word());
        return out;
    }

    /** This lexicon with the cues of another over the same categories added. */
    public Lexicon plus(Lexicon other) {
        if (!other.categories.equals(categories)) throw new IllegalArgumentException("lexicons over different categories: " + categories + " vs " + other.categories);
        List<Cue> all = new ArrayList<>(cues);
        all.addAll(other.cues);
        return new Lexicon(categories, all);
    }

    /** {@code category, cue_word, source}: one row per cue, the order of {@link #cues}. */
    public Table table() {
        return Table.create("lexicon",
                StringColumn.create("category", cues.stream().map(Cue::category).toList()),
                StringColumn.create("cue_word", cues.stream().map(Cue::word).toList()),
                StringColumn.create("source", cues.stream().map(Cue::source).toList()));
    }

    /**
     * Per category: {@code n_cue_words} (distinct), one count column per source, and
     * {@code examples} (up to {@code nExamples} words, synonyms first, comma-separated).
     */
    public Table summary(int nExamples) {
        StringColumn cat = StringColumn.create("category"), ex = StringColumn.create("examples");
        tech.tablesaw.api.IntColumn n = tech.tablesaw.api.IntColumn.create("n_cue_words");
        List<tech.tablesaw.api.IntColumn> per = new ArrayList<>();
        for (String s : Cue.SOURCES) per.add(tech.tablesaw.api.IntColumn.create(s));
        for (String c : categories) {
            cat.append(c);
            n.append(words(c).size());
            Set<String> shown = new LinkedHashSet<>();
            for (Cue q : cues) if (q.category().equals(c) && shown.size() < nExamples) shown.add(q.word());
            ex.append(String.join(", ", shown));
            for (int s = 0; s < Cue.SOURCES.size(); s++) {
                String src = Cue.SOURCES.get(s);
                per.get(s).append((int) cues.stream().filter(q -> q.category().equals(c) && q.source().equals(src)).count());
            }
        }
        Table t = Table.create("lexicon_summary", cat, n);
        per.forEach(t::addColumns);
        return t.addColumns(ex);
    }
}
