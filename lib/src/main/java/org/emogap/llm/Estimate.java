package org.emogap.llm;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The dry run of a plan: per model, planned samples, those already stored, requests still to send,
 * estimated input tokens (characters / 4, a rough rule for English with BPE tokenizers), output
 * tokens at a typical answer length and at the cap, and the cost of each. The cost at the cap is an
 * upper bound; the typical one is what to expect when the model answers as asked.
 */
public record Estimate(String dataset, Mode mode, String prompt, List<Row> rows) {
    public Estimate {
        rows = List.copyOf(rows);
    }

    public record Row(String model, long planned, long stored, long toSend, long tokensIn, long tokensOutTypical,
                      long tokensOutCap, double costTypical, double costCap, String problem) {}

    public long requests() {
        return rows.stream().mapToLong(Row::toSend).sum();
    }

    public double costCap() {
        return rows.stream().mapToDouble(Row::costCap).sum();
    }

    public double costTypical() {
        return rows.stream().mapToDouble(Row::costTypical).sum();
    }

    /** The estimate as a table, one row per model. */
    public Table table() {
        Table t = Table.create("plan " + dataset + " / " + mode.label() + " / " + prompt);
        t.addColumns(StringColumn.create("model", rows.stream().map(Row::model)),
                LongColumn.create("planned", rows.stream().mapToLong(Row::planned).toArray()),
                LongColumn.create("stored", rows.stream().mapToLong(Row::stored).toArray()),
                LongColumn.create("to_send", rows.stream().mapToLong(Row::toSend).toArray()),
                LongColumn.create("tokens_in", rows.stream().mapToLong(Row::tokensIn).toArray()),
                LongColumn.create("tokens_out_typical", rows.stream().mapToLong(Row::tokensOutTypical).toArray()),
                LongColumn.create("tokens_out_cap", rows.stream().mapToLong(Row::tokensOutCap).toArray()),
                DoubleColumn.create("usd_typical", rows.stream().mapToDouble(Row::costTypical).toArray()),
                DoubleColumn.create("usd_cap", rows.stream().mapToDouble(Row::costCap).toArray()),
                StringColumn.create("problem", rows.stream().map(r -> r.problem() == null ? "" : r.problem())));
        return t;
    }

    /** Rough prompt tokens of a request: characters / 4, plus 4 per message for the chat template. */
    static long tokens(ChatRequest r) {
        long chars = 0;
        for (Message m : r.messages()) chars += m.content().length();
        return chars / 4 + 4L * r.messages().size();
    }

    /** Output tokens of a well-formed answer: a short label list, a VAD object, a 28-entry JSON, one label. */
    static long typicalOutput(String dataset, Mode mode) {
        return switch (mode) {
            case SAMPLE -> dataset.equals("goemotions") ? 12 : 22;
            case VERBALIZED -> dataset.equals("goemotions") ? 250 : 120;
            case LOGPROBS -> dataset.equals("goemotions") ? 3 : 20;
        };
    }
}
