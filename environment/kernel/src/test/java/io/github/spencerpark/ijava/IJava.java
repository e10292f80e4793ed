package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;

/**
 * Test double of IJava's entry class (same name, same static accessor), so the library's
 * reflective IJava support is exercised against the real basekernel types IJava uses.
 */
public final class IJava {
    private static volatile Recording instance;

    private IJava() {}

    public static BaseKernel getKernelInstance() {
        return instance;
    }

    public static Recording start() {
        instance = new Recording();
        return instance;
    }

    public static void stop() {
        instance = null;
    }

    /** A kernel that records what it is asked to display. */
    public static final class Recording extends BaseKernel {
        public final List<DisplayData> shown = new ArrayList<>();

        @Override public DisplayData eval(String expr) {
            return null;
        }

        @Override public LanguageInfo getLanguageInfo() {
            return new LanguageInfo.Builder("java").build();
        }

        @Override public void display(DisplayData data) {
            shown.add(data);
        }
    }
}
