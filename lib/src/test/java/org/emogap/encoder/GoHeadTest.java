package org.emogap.encoder;

import org.emogap.data.SplitExample;
import org.emogap.judgment.Judgment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** GoHead plumbing on a stand-in encoder: targets, split flags, the head cache. */
class GoHeadTest {
    static final List<String> LABELS = List.of("joy", "anger", "neutral");

    static List<SplitExample> examples(String prefix, int n) {
        List<SplitExample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // label follows the first letter, so the stand-in encoder's features can learn it
            String text = (i % 3 == 0 ? "a" : i % 3 == 1 ? "m" : "z") + "text number " + i;
            out.add(new SplitExample(prefix + i, text, new int[]{i % 3}));
        }
        return out;
    }

    @Test void splitTargetsWeighLabelsEqually() {
        assertArrayEquals(new double[]{0.5, 0, 0.5}, GoHead.splitTarget(new SplitExample("x", "t", new int[]{0, 2}), 3), 0);
    }

    @Test void headIsCachedAndJudgmentsSayWhatWasTrainedOn(@TempDir Path dir) {
        List<SplitExample> train = examples("tr", 60), dev = examples("dv", 30);
        EmbeddingCacheTest.FakeEncoder fake = new EmbeddingCacheTest.FakeEncoder();
        GoHead.Options opt = GoHead.Options.subset(40, 0, 42);
        GoHead a = GoHead.train(fake, LABELS, train, dev, Map.of("tr0", new double[]{0.2, 0.2, 0.6}), opt, dir, n -> { });
        assertEquals(40, a.trainRows(), "seeded subset of 40 of 60");
        int embedded = fake.seen.size();
        assertEquals(70, embedded);

        GoHead b = GoHead.train(fake, LABELS, train, dev, Map.of("tr0", new double[]{0.2, 0.2, 0.6}), opt, dir, n -> { });
        assertEquals(embedded, fake.seen.size(), "a cached head embeds no training text");
        List<TextItem> items = List.of(new TextItem("tr1", "mtext number 1"), new TextItem("dv4", "mtext number 4"), new TextItem("new", "zzz"));
        List<Judgment> ja = a.annotate(items, n -> { }), jb = b.annotate(items, n -> { });
        for (int i = 0; i < items.size(); i++) assertArrayEquals(ja.get(i).values(), jb.get(i).values(), 0.0);
        assertEquals(a.threshold(), b.threshold());
        assertEquals(a.provenance(), b.provenance());

        List<String> used = HeadData.subset(train, 40, 42, SplitExample::id).stream().map(SplitExample::id).toList();
        boolean tr1Used = used.contains("tr1");
        assertEquals(tr1Used, ja.get(0).inTraining());
        assertEquals(tr1Used ? "train" : "not train/dev", ja.get(0).provenance().get("item_split"));
        assertFalse(ja.get(1).inTraining());
        assertEquals("dev", ja.get(1).provenance().get("item_split"));
        assertFalse(ja.get(2).inTraining());
        assertEquals("enc:fake:head", ja.get(0).model());

        // other inputs (here: no per-rater targets) are another key: trained afresh
        GoHead c = GoHead.train(fake, LABELS, train, dev, null, opt, dir, n -> { });
        assertTrue(fake.seen.size() > embedded);
        assertEquals("split labels, equally weighted", c.provenance().get("targets"));
        assertEquals(used.contains("tr0") ? "1 rows from per-rater distributions, the rest split labels" : "split labels, equally weighted",
                a.provenance().get("targets"));
    }
}
