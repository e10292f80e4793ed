package org.emogap.findings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class FindingsTest {
    @TempDir Path dir;

    private void write(String file, String... lines) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n");
    }

    @Test
    void withoutResultsEveryClaimIsNotTestableWithAReason() {
        List<Finding> fs = Findings.evaluate(dir, 42);
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), fs.stream().map(Finding::id).collect(Collectors.toSet()));
        for (Finding f : fs) {
            assertTrue(f.verdict().startsWith(Finding.NOT_TESTABLE + ": "), f.toString());
            assertFalse(f.rule().isBlank());
        }
    }

    @Test
    void verdictsFollowTheRulesOnAFixture() throws IOException {
        String h = "model,kind,temperature,n_items,jsd_mean,jsd_ci_low,jsd_ci_high,jsd_floor_finite_sample,top1_hit_rate,top1_hit_ci_low,top1_hit_ci_high,"
                + "human_entropy_mean,model_entropy_mean,entropy_spearman";
        // an encoder far above its floor and under-confident; a head close to it and over-confident
        write("goemotions/model_summary.csv", h,
                "enc:a:zero-shot,encoder,pooled,20,0.600000,0.550000,0.650000,0.150000,0.300000,0.200000,0.400000,1.900000,3.900000,0.050000",
                "enc:a:head,head,pooled,20,0.350000,0.300000,0.400000,0.150000,0.700000,0.600000,0.800000,1.900000,1.500000,0.400000");
        // calibration: isotonic best and lower for the encoder; every method worse for the head
        write("goemotions/calibration.csv", "model,kind,method,change_pct",
                "enc:a:zero-shot,encoder,temperature,-5.000000", "enc:a:zero-shot,encoder,bias,-8.000000", "enc:a:zero-shot,encoder,isotonic,-12.000000",
                "enc:a:head,head,temperature,1.000000", "enc:a:head,head,bias,2.000000", "enc:a:head,head,isotonic,3.000000");
        List<Finding> fs = Findings.evaluate(dir, 42);
        Finding diverge = fs.stream().filter(f -> f.id() == 1).findFirst().orElseThrow();
        assertEquals(Finding.SUPPORTED, diverge.verdict()); // 0.55 > 0.15
        assertEquals(0.6, diverge.figure(), 1e-12);
        Finding labels = fs.stream().filter(f -> f.id() == 2).findFirst().orElseThrow();
        assertEquals(Finding.SUPPORTED, labels.verdict()); // the head: 70% ≥ 50% and 0.35 ≥ 2 × 0.15
        List<Finding> conf = fs.stream().filter(f -> f.id() == 6).toList();
        assertTrue(conf.get(0).verdict().startsWith(Finding.NOT_TESTABLE), "no LLM: " + conf.get(0));
        assertEquals(Finding.CONTRADICTED, conf.stream().filter(f -> f.scope().startsWith("encoder")).findFirst().orElseThrow().verdict());
        assertEquals(Finding.SUPPORTED, conf.stream().filter(f -> f.scope().startsWith("head")).findFirst().orElseThrow().verdict());
        List<Finding> cal = fs.stream().filter(f -> f.id() == 8).toList();
        assertEquals(Finding.SUPPORTED, cal.stream().filter(f -> f.scope().startsWith("encoder")).findFirst().orElseThrow().verdict());
        Finding head = cal.stream().filter(f -> f.scope().startsWith("head")).findFirst().orElseThrow();
        assertEquals(Finding.CONTRADICTED, head.verdict());
        assertEquals(1.0, head.figure(), 1e-12); // the best of the three is +1%
        assertTrue(head.reading().contains("makes at least one of them worse"), head.reading());
        assertEquals(fs.size(), Findings.table(fs).rowCount());
    }
}
