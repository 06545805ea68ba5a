package dev.tmj.format.tree;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Jackson's JSON factory for {@link LocatedTreeReader}, whose parsers ({@link KeyPositionReader}) also tell where the
 * current key and value begin as plain numbers. Jackson's own way, {@code currentTokenLocation()}, makes a
 * {@code JsonLocation} each time: one per key and value, a million objects for a model of 50,000 flows.
 * The parsers are Jackson's own, created as {@link JsonFactory} creates them; only the accessors are added.
 */
final class LocatedJsonReader extends JsonFactory {
    private static final long serialVersionUID = 1L;

    LocatedJsonReader(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) {
        return new KeyPositionReader(ctxt, _parserFeatures, r, _objectCodec, _rootCharSymbols.makeChild());
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        _streamReadConstraints.validateDocumentLength(len);
        return new KeyPositionReader(ctxt, _parserFeatures, null, _objectCodec, _rootCharSymbols.makeChild(), data,
                offset, offset + len, recyclable);
    }

    /** Jackson's parser of JSON text, with the positions {@code currentTokenLocation()} would give, as numbers. */
    static final class KeyPositionReader extends ReaderBasedJsonParser {
        KeyPositionReader(IOContext ctxt, int features, Reader r, ObjectCodec codec, CharsToNameCanonicalizer st) {
            super(ctxt, features, r, codec, st);
        }

        KeyPositionReader(IOContext ctxt, int features, Reader r, ObjectCodec codec, CharsToNameCanonicalizer st,
                char[] buffer, int start, int end, boolean recyclable) {
            super(ctxt, features, r, codec, st, buffer, start, end, recyclable);
        }

        /** Texts up to this long are shared: names, references, protocols; a description is read as it is. */
        private static final int SHARED_LENGTH = 64;
        /**
         * The most texts shared in one document: a table of twice as many slots (4 MB at most) and their characters
         * (a few MB for a large model, at most 32 MB for a document of nothing but distinct 64-character texts).
         */
        private static final int MAX_SHARED = 1 << 18;

        /** The short texts read so far, by hash, open addressing; at most half full. */
        private String[] shared = new String[1024];
        /**
         * Two numbers for each slot of {@link #shared}: the hash of its text, and where the text is in
         * {@link #sharedChars}. A probe compares these and the characters, in compact arrays, and reads no String:
         * reading each String a probe passed (a cache miss each) cost a quarter of the parse, and comparing with the
         * String a matching hash names, spread over the heap among the tree's nodes, another sixth.
         */
        private int[] sharedSlots = new int[2 * 1024];
        /** The characters of the shared texts, one after another, each after its length. */
        private char[] sharedChars = new char[8 * 1024];
        private int sharedCharsUsed;
        private int sharedCount;

        /**
         * The text of the current string value. A short text this document gave before is the same String: a
         * large model names each element, data item and protocol again and again (five of a flow's six strings),
         * and each repeat would otherwise be a new String, which {@code Py.is} treats as equal all the same.
         */
        String sharedText() throws IOException {
            char[] chars = getTextCharacters();
            int offset = getTextOffset();
            int length = getTextLength();
            if (length > SHARED_LENGTH) {
                return getText();
            }
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + chars[offset + i]; // String.hashCode's, so that the table can grow by it
            }
            int mask = shared.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String known = shared[slot];
                if (known == null) {
                    String text = new String(chars, offset, length);
                    if (sharedCount < MAX_SHARED) {
                        add(slot, hash, text, chars, offset, length);
                    }
                    return text;
                }
                if (sharedSlots[2 * slot] == hash && same(sharedSlots[2 * slot + 1], chars, offset, length)) {
                    return known;
                }
            }
        }

        /** Whether the shared text at {@code at} in {@link #sharedChars} is these characters. */
        private boolean same(int at, char[] chars, int offset, int length) {
            if (sharedChars[at] != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (sharedChars[at + 1 + i] != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        private void add(int slot, int hash, String text, char[] chars, int offset, int length) {
            if (sharedCharsUsed + 1 + length > sharedChars.length) {
                sharedChars = Arrays.copyOf(sharedChars, 2 * sharedChars.length);
            }
            shared[slot] = text;
            sharedSlots[2 * slot] = hash;
            sharedSlots[2 * slot + 1] = sharedCharsUsed;
            sharedChars[sharedCharsUsed] = (char) length;
            System.arraycopy(chars, offset, sharedChars, sharedCharsUsed + 1, length);
            sharedCharsUsed += 1 + length;
            if (++sharedCount * 2 > shared.length) {
                grow();
            }
        }

        /**
         * The slot a hash starts at. Names such as "Flow 1", "Flow 2" ... have consecutive hashes: taken as they
         * are, they fill runs of adjacent slots that every other probe landing there walks to its end, so the
         * bits are mixed (Fibonacci hashing) before the table's mask takes the low ones.
         */
        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 15);
        }

        private void grow() {
            String[] old = shared;
            int[] oldSlots = sharedSlots;
            shared = new String[old.length * 2];
            sharedSlots = new int[oldSlots.length * 2];
            int mask = shared.length - 1;
            for (int i = 0; i < old.length; i++) {
                if (old[i] != null) {
                    int slot = spread(oldSlots[2 * i]) & mask;
                    while (shared[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    shared[slot] = old[i];
                    sharedSlots[2 * slot] = oldSlots[2 * i];
                    sharedSlots[2 * slot + 1] = oldSlots[2 * i + 1];
                }
            }
        }

        /** The line of the current token: of the key itself at a field name, as its location gives. */
        int tokenLine() {
            return _currToken == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
        }

        /** The column of the current token, as its location gives. */
        int tokenColumn() {
            return _currToken == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? _nameStartCol : _tokenInputCol;
        }
    }
}
