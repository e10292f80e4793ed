package org.emogap.encoder;

import org.emogap.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Trained head parameters on disk, keyed by the SHA-256 of everything the training saw (encoder,
 * settings, seed, training and selection rows with their targets). Training is deterministic, so
 * this is memoisation: a rerun with the same inputs reads the weights back instead of refitting.
 * One file per key, written to a temporary file and moved into place, with a CRC-32 trailer; a file
 * that does not check out is ignored (and overwritten by the next fit).
 */
final class HeadCache {
    private static final int MAGIC = 0x45474844; // "EGHD"

    private HeadCache() {}

    /** Accumulates the key. */
    static final class Key {
        private final MessageDigest sha;

        Key(String kind) {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JVM has no SHA-256", e);
            }
            add(kind);
        }

        Key add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
            sha.update(b);
            return this;
        }

        Key add(double... v) {
            ByteBuffer b = ByteBuffer.allocate(4 + 8 * v.length).putInt(v.length);
            for (double x : v) b.putDouble(x);
            sha.update(b.array());
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    static Optional<double[][]> get(Path dir, String key) {
        if (dir == null) return Optional.empty();
        Path f = dir.resolve(key + ".head");
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            byte[] all = Files.readAllBytes(f);
            if (all.length < 12) return Optional.empty();
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(all, all.length - 4, 4).getInt()) return Optional.empty();
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 4));
            if (in.readInt() != MAGIC) return Optional.empty();
            double[][] blobs = new double[in.readInt()][];
            for (int i = 0; i < blobs.length; i++) {
                blobs[i] = new double[in.readInt()];
                for (int j = 0; j < blobs[i].length; j++) blobs[i][j] = in.readDouble();
            }
            return Optional.of(blobs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the head cache file " + f + ": " + e.getMessage(), e);
        }
    }

    static void put(Path dir, String key, double[][] blobs) {
        if (dir == null) return;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(blobs.length);
            for (double[] b : blobs) {
                out.writeInt(b.length);
                for (double x : b) out.writeDouble(x);
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            byte[] done = bytes.toByteArray();
            AtomicFiles.write(dir.resolve(key + ".head"), o -> o.write(done));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the head cache in " + dir + ": " + e.getMessage(), e);
        }
    }
}
