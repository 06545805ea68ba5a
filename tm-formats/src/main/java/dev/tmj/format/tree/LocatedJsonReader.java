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
