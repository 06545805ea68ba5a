package dev.tmj.format.tree;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.Reader;

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
            throws java.io.IOException {
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
        /** The most texts shared in one document (a table of twice as many slots, 2 MB at most). */
        private static final int MAX_SHARED = 1 << 18;

        /** The short texts read so far, by hash, open addressing; at most half full. */
        private String[] shared = new String[1024];
        /**
         * The hash of the text in each slot of {@link #shared}: a probe compares numbers here and reads a String only
         * when they match. Reading each String a probe passes (a cache miss each) cost a quarter of the parse.
         */
        private int[] sharedHashes = new int[1024];
        private int sharedCount;

        /**
         * The text of the current string value. A short text this document gave before is the same String: a
         * large model names each element, data item and protocol again and again (five of a flow's six strings),
         * and each repeat would otherwise be a new String, which {@code Py.is} treats as equal all the same.
         */
        String sharedText() throws java.io.IOException {
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
                        shared[slot] = text;
                        sharedHashes[slot] = hash;
                        if (++sharedCount * 2 > shared.length) {
                            grow();
                        }
                    }
                    return text;
                }
                if (sharedHashes[slot] == hash && known.length() == length && same(known, chars, offset)) {
                    return known;
                }
            }
        }

        private static boolean same(String text, char[] chars, int offset) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
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
            int[] oldHashes = sharedHashes;
            shared = new String[old.length * 2];
            sharedHashes = new int[old.length * 2];
            int mask = shared.length - 1;
            for (int i = 0; i < old.length; i++) {
                if (old[i] != null) {
                    int slot = spread(oldHashes[i]) & mask;
                    while (shared[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    shared[slot] = old[i];
                    sharedHashes[slot] = oldHashes[i];
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
