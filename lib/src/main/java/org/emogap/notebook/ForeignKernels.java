package org.emogap.notebook;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Finds the display channel of IJava or JJava by reflection, so notebooks written for emogap run
 * unchanged under those kernels; the library does not depend on either.
 */
final class ForeignKernels {
    /** Per kernel: the class with the static accessor, the accessor, and the kernel's DisplayData class. */
    private static final String[][] KERNELS = {
            {"io.github.spencerpark.ijava.IJava", "getKernelInstance", "io.github.spencerpark.jupyter.kernel.display.DisplayData"},
            {"org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel", "org.dflib.jjava.jupyter.kernel.display.DisplayData"},
    };

    private ForeignKernels() {}

    static DisplaySink find() {
        for (String[] k : KERNELS) {
            try {
                Class<?> entry = Class.forName(k[0]);
                Object kernel = entry.getMethod(k[1]).invoke(null);
                if (kernel == null) continue;
                Class<?> dataClass = Class.forName(k[2], true, kernel.getClass().getClassLoader());
                return new Reflective(kernel, dataClass);
            } catch (ClassNotFoundException | LinkageError e) {
                // that kernel is not the one running this code: try the next
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("found " + k[0] + " but cannot reach its display: " + e, e);
            }
        }
        return null;
    }

    private record Reflective(Object kernel, Class<?> dataClass) implements DisplaySink {
        @Override public String display(Map<String, String> bundle) {
            try {
                Object data = toData(bundle);
                String id = java.util.UUID.randomUUID().toString();
                dataClass.getMethod("setDisplayId", String.class).invoke(data, id);
                kernel.getClass().getMethod("display", dataClass).invoke(kernel, data);
                return id;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("kernel display failed: " + e, e);
            }
        }

        @Override public void update(String displayId, Map<String, String> bundle) {
            try {
                Object data = toData(bundle);
                dataClass.getMethod("setDisplayId", String.class).invoke(data, displayId);
                Object io = kernel.getClass().getMethod("getIO").invoke(kernel);
                Object display = io.getClass().getField("display").get(io);
                Method m = display.getClass().getMethod("updateDisplay", String.class, dataClass);
                m.invoke(display, displayId, data);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("kernel display update failed: " + e, e);
            }
        }

        private Object toData(Map<String, String> bundle) throws ReflectiveOperationException {
            Object data = dataClass.getConstructor().newInstance();
            Method put = dataClass.getMethod("putData", String.class, Object.class);
            for (Map.Entry<String, String> e : bundle.entrySet()) put.invoke(data, e.getKey(), e.getValue());
            return data;
        }
    }
}
