package io.fazhi.dashboard.rest;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import io.fazhi.dashboard.service.RankingAnswer;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a ranking answer in the media type the framework negotiated: its JSON bytes, made once when it was
 * computed, or its CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese names).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, RankingRequest.CSV})
public class RankingAnswerWriter implements MessageBodyWriter<RankingAnswer> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RankingAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(RankingAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(isCsv(mediaType) ? answer.csv() : answer.json());
    }

    static boolean isCsv(MediaType type) {
        return "text".equals(type.getType()) && "csv".equals(type.getSubtype());
    }
}
