package org.nestor.core.wire;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The options of one {@link Dhcp4Packet}: codes and payloads in two small parallel arrays kept in insertion order
 * (a packet holds a dozen options, so a scan beats hashing and allocates no entries and no boxed keys). Replacing
 * an option keeps its place, as {@link java.util.LinkedHashMap} does. Codes are 0-255.
 */
final class OptionMap extends AbstractMap<Integer, byte[]> {
    private static final int INITIAL = 16;
    private short[] codes = new short[INITIAL];
    private byte[][] values = new byte[INITIAL][];
    private int size;
    private int modCount;
    private EntrySet entries;

    /** @return the payload of {@code code}, or null; allocates nothing */
    byte[] get(int code) {
        int i = indexOf(code);
        return i < 0 ? null : values[i];
    }

    /** Sets {@code code} to {@code value}, keeping its place when present. @return the previous payload or null */
    byte[] put(int code, byte[] value) {
        int i = indexOf(code);
        if (i >= 0) {
            byte[] old = values[i];
            values[i] = value;
            return old;
        }
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("option code " + code + " is not 0-255");
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        codes[size] = (short) code;
        values[size++] = value;
        modCount++;
        return null;
    }

    /** Appends {@code piece} to the payload of {@code code} (RFC 3396), or adds it. */
    void append(int code, byte[] piece) {
        int i = indexOf(code);
        if (i < 0) {
            put(code, piece);
        } else {
            values[i] = OptionArea.concat(values[i], piece);
        }
    }

    /** @return the code at position {@code i} in insertion order */
    int codeAt(int i) {
        return codes[i];
    }

    /** @return the payload at position {@code i} in insertion order */
    byte[] valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer k && indexOf(k) >= 0;
    }

    @Override
    public byte[] get(Object key) {
        return key instanceof Integer k ? get(k.intValue()) : null;
    }

    @Override
    public byte[] put(Integer key, byte[] value) {
        return put(key.intValue(), value);
    }

    @Override
    public byte[] remove(Object key) {
        if (!(key instanceof Integer k)) {
            return null;
        }
        int i = indexOf(k);
        return i < 0 ? null : removeAt(i);
    }

    @Override
    public void clear() {
        Arrays.fill(values, 0, size, null);
        size = 0;
        modCount++;
    }

    @Override
    public Set<Entry<Integer, byte[]>> entrySet() {
        EntrySet e = entries;
        return e != null ? e : (entries = new EntrySet());
    }

    private int indexOf(int code) {
        short[] c = codes;
        for (int i = 0, n = size; i < n; i++) {
            if (c[i] == code) {
                return i;
            }
        }
        return -1;
    }

    private byte[] removeAt(int i) {
        byte[] old = values[i];
        int tail = size - i - 1;
        System.arraycopy(codes, i + 1, codes, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        values[--size] = null;
        modCount++;
        return old;
    }

    private final class EntrySet extends AbstractSet<Entry<Integer, byte[]>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            OptionMap.this.clear();
        }

        @Override
        public Iterator<Entry<Integer, byte[]>> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;
                private int expected = modCount;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Entry<Integer, byte[]> next() {
                    if (expected != modCount) {
                        throw new ConcurrentModificationException();
                    }
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    return new Slot(codes[last]);
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    if (expected != modCount) {
                        throw new ConcurrentModificationException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                    expected = modCount;
                }
            };
        }
    }

    /** An entry that reads and writes through to the map by code. */
    private final class Slot implements Entry<Integer, byte[]> {
        private final int code;

        Slot(int code) {
            this.code = code;
        }

        @Override
        public Integer getKey() {
            return code;
        }

        @Override
        public byte[] getValue() {
            return OptionMap.this.get(code);
        }

        @Override
        public byte[] setValue(byte[] value) {
            return OptionMap.this.put(code, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry<?, ?> e && getKey().equals(e.getKey())
                    && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return code ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return code + "=" + Arrays.toString(getValue());
        }
    }
}
