package org.emogap.notebook;

import org.emogap.RunMode;
import org.emogap.calibrate.CalibrationInput;
import org.emogap.calibrate.CvResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationItemsTest {
    @Test
    void picksTheItemsCalibrationHelpedAndHurtMost() {
        // four items over labels (a, b); out-of-fold JSD before → after: -0.5, +0.1, -0.1, +0.3
        double[] human = {1, 0, 0.5, 0.5, 0, 1, 0.5, 0.5}, model = {0, 1, 0.5, 0.5, 1, 0, 0.5, 0.5};
        double[] cal = {0.9, 0.1, 0.9, 0.1, 0.5, 0.5, 1, 0};
        double[] before = {0.9, 0.0, 0.8, 0.1}, after = {0.4, 0.1, 0.7, 0.4};
        String[] groups = {"full_agreement", "partial_agreement", "full_agreement", "full_disagreement"};
        CvResult.Method m = new CvResult.Method("isotonic", 2, cal, after, List.of("x", "y"));
        CvResult r = new CvResult(2, new int[]{0, 0, 1, 1}, 42, groups, human, model, before, List.of(m), new double[]{0, 1, 0, 1},
                RunMode.EMOGAP);
        CalibrationInput in = new CalibrationInput("enc", "encoder", 2, new String[]{"i0", "i1", "i2", "i3"}, model, human, groups);
        List<CalibrationItems.Item> items = CalibrationItems.changed(in, r, "isotonic", List.of("a", "b"), Map.of("i3", "text three"), 1);
        assertEquals(List.of("i0", "i3"), items.stream().map(CalibrationItems.Item::itemId).toList());
        assertEquals("text three", items.get(1).text());
        assertEquals("helped most (i0, full agreement): the humans' top label is a (100%); uncalibrated the model gives b 100%, after "
                + "isotonic a 90%; JSD 0.900 → 0.400.", CalibrationItems.reading(items.get(0), "isotonic"));
        assertTrue(CalibrationItems.chart(items.get(1), "isotonic", 6).asJavascript("d").contains("uncalibrated"));
        assertEquals(2, CalibrationItems.table(items).rowCount());
    }
}
