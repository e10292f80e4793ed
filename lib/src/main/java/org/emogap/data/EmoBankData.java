package org.emogap.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EmoBank as loaded for one perspective, with the counts a user must see.
 *
 * @param texts               texts with at least one rating, in corpus order
 * @param perspective         whose ratings
 * @param files               the files read (ratings first)
 * @param ratingsRead         data rows of the ratings file
 * @param allOnesRatings      ratings with V=A=D=1 among them
 * @param allOnesDropped      how many of those were dropped (0 unless the option is set)
 * @param ratingsWithoutText  ratings of ids not among the loaded texts (skipped)
 * @param textsWithoutRatings loaded texts that had no rating left (left out)
 */
public record EmoBankData(List<EmoText> texts, Perspective perspective, List<Path> files, long ratingsRead,
                          long allOnesRatings, long allOnesDropped, long ratingsWithoutText, long textsWithoutRatings) {
    public EmoBankData {
        texts = List.copyOf(texts);
        files = List.copyOf(files);
    }

    public Map<String, EmoText> byId() {
        Map<String, EmoText> m = new LinkedHashMap<>();
        for (EmoText t : texts) m.put(t.id(), t);
        return m;
    }

    /** Source label for result tables, e.g. "emobank reader (individual_reader_ratings.csv)". */
    public String source() {
        return "emobank " + perspective.label() + " (" + files.get(0).getFileName() + (allOnesDropped > 0 ? ", V=A=D=1 dropped" : "") + ")";
    }

    public String summary() {
        return String.format("%,d texts from %,d %s ratings; %,d ratings have V=A=D=1 (%s); %,d ratings of texts outside the corpus skipped; %,d texts with no rating left out",
                texts.size(), ratingsRead, perspective.label(), allOnesRatings, allOnesDropped > 0 ? "dropped" : "kept, as in the paper",
                ratingsWithoutText, textsWithoutRatings);
    }
}
