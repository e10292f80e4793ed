package org.emogap.bench;

import org.emogap.Project;
import org.emogap.data.CoreSet;
import org.emogap.data.CoreSets;
import org.emogap.data.EmoBank;
import org.emogap.data.EmoBankOptions;
import org.emogap.data.EmoText;
import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.data.GoRaw;
import org.emogap.data.GoRawOptions;
import org.emogap.data.SplitExample;
import org.emogap.encoder.Annotators;
import org.emogap.encoder.CachedEncoder;
import org.emogap.encoder.Encoders;
import org.emogap.encoder.GoHead;
import org.emogap.encoder.OfflineTables;
import org.emogap.encoder.SentenceEncoder;
import org.emogap.encoder.VadHead;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.Judgments;
import org.emogap.lexicon.WarrinerLexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline section of notebook 02 step by step, without the notebook, timing each step: run
 * it twice (the first run fills the caches) and the second run's total is the cost of a fully
 * cached rerun. Same settings as the notebook (EMOGAP_SAMPLE, EMOGAP_SEED, EMOGAP_DATA_MIRROR,
 * EMOGAP_GOEMOTIONS_RAW); judgments go to EMOGAP_JUDGMENTS (set it to a scratch folder).
 */
public final class EncoderRerunBenchmark {
    private static long last = System.nanoTime();
    private static final long START = last;

    private static void lap(String step) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-44s %7.0f ms%n", step, (now - last) / 1e6);
        last = now;
    }

    public static void main(String[] args) {
        int sample = Project.sampleSize();
        long seed = Project.seed();
        var ebData = EmoBank.load(EmoBankOptions.defaults());
        Path ebFile = CoreSet.defaultPath("emobank");
        CoreSet ebCore = Files.isRegularFile(ebFile) ? CoreSet.read(ebFile) : CoreSets.emoBank(ebData.texts(), seed, sample > 0 ? Math.min(sample, 2000) : 2000);
        List<EmoText> ebItems = ebCore.select(ebData.texts(), EmoText::id);
        GoRaw raw = GoEmotions.rawAvailable() ? GoEmotions.loadRaw(GoRawOptions.defaults()) : null;
        Path goFile = CoreSet.defaultPath("goemotions");
        CoreSet goCore = raw == null ? null : Files.isRegularFile(goFile) ? CoreSet.read(goFile)
                : sample > 0 ? CoreSets.goEmotions(raw.comments(), seed, sample / 4, sample / 2, sample / 4) : CoreSets.goEmotions(raw.comments(), seed);
        List<GoComment> goItems = goCore == null ? List.of() : goCore.select(raw.comments(), GoComment::id);
        lap("1 load data and core sets");

        Map<String, SentenceEncoder> enc = new LinkedHashMap<>();
        for (String id : Encoders.IDS) enc.put(id, Encoders.cached(id));
        List<Judgment> js = new ArrayList<>();
        for (SentenceEncoder e : enc.values()) {
            if (!goItems.isEmpty()) js.addAll(Annotators.goZeroShot(e, GoEmotions.labels(), Annotators.goItems(goItems), n -> { }));
            js.addAll(Annotators.emoBankZeroShot(e, Annotators.emoItems(ebItems), n -> { }));
        }
        lap("2 zero-shot, 3 encoders");
        js.addAll(WarrinerLexicon.load().annotate(Annotators.emoItems(ebItems)));
        lap("3 lexicon");

        List<String> headEnc = sample > 0 ? List.of(Encoders.MINILM_Q) : Encoders.IDS;
        GoHead.Options goOpt = sample > 0 ? GoHead.Options.subset(10 * sample, 2 * sample, seed) : GoHead.Options.full(seed);
        VadHead.Options ebOpt = sample > 0 ? VadHead.Options.subset(10 * sample, seed) : VadHead.Options.full(seed);
        List<SplitExample> train = GoEmotions.loadSplit("train"), dev = GoEmotions.loadSplit("dev"), test = GoEmotions.loadSplit("test");
        List<EmoText> clean = EmoBank.load(EmoBankOptions.defaults().dropAllOnes(true)).texts();
        lap("4a load splits");
        Map<String, GoHead> goHeads = new LinkedHashMap<>();
        Map<String, VadHead> ebHeads = new LinkedHashMap<>();
        for (String id : headEnc) {
            goHeads.put(id, GoHead.train(enc.get(id), GoEmotions.labels(), train, dev, null, goOpt, Encoders.defaultHeadCacheDir(), n -> { }));
            ebHeads.put(id, VadHead.train(enc.get(id), clean, ebOpt, Encoders.defaultHeadCacheDir(), n -> { }));
            if (!goItems.isEmpty()) js.addAll(goHeads.get(id).annotate(Annotators.goItems(goItems), n -> { }));
            js.addAll(ebHeads.get(id).annotate(Annotators.emoItems(ebItems), n -> { }));
        }
        lap("4b heads (" + headEnc.size() + " encoders)");
        int testN = sample > 0 ? 5 * sample : Integer.MAX_VALUE;
        OfflineTables.headEvaluation(goHeads, ebHeads, test.subList(0, Math.min(testN, test.size())),
                clean.stream().filter(t -> t.split().equals("test")).limit(testN).toList());
        lap("4c head evaluation on test");
        Annotators.write(Judgments.defaultRoot(Project.root()), js);
        if (!goItems.isEmpty()) OfflineTables.goScores(goItems, js);
        OfflineTables.emoScores(ebItems, js);
        lap("5 write judgments, score tables");
        long embedded = enc.values().stream().mapToLong(e -> ((CachedEncoder) e).embeddedCount()).sum();
        System.out.printf(Locale.ROOT, "total %.2f s, %d texts embedded (0 = fully cached), EMOGAP_SAMPLE=%d%n",
                (System.nanoTime() - START) / 1e9, embedded, sample);
        enc.values().forEach(SentenceEncoder::close);
    }
}
