package io.fazhi.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "历洞镇        | 历洞镇",
            "a,b           | \"a,b\"",
            "say \"hi\"    | \"say \"\"hi\"\"\""})
    void quotesWhatNeedsQuoting(String cell, String expected) {
        assertThat(RankingCsv.quoted(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=SUM(A1) | '=SUM(A1)", "+1 | '+1", "历洞镇 | 历洞镇"})
    void defusesFormulasInTextCells(String cell, String expected) {
        assertThat(RankingCsv.text(cell)).isEqualTo(expected);
    }

    @Test
    void writesAByteOrderMarkHeaderAndOneRowPerEntry() {
        IndicatorRankingView view = new IndicatorRankingView("445322", 2023, "publicity.events", "total", "publicity", "up",
                "count", "次", true, "1.0", "ab", 2022, null, null, List.of(
                        new IndicatorRankingView.Entry(1, "445322116", "历洞镇", 12.5, true,
                                new IndicatorRankingView.Change(2, 1, 10.0, 2.5)),
                        new IndicatorRankingView.Entry(2, "445322100", "都城镇", 7, false,
                                new IndicatorRankingView.Change(null, null, null, null))));
        byte[] csv = RankingCsv.indicator(view);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "rank,townshipCode,township,value,unit,approx,previousRank,rankChange,previousValue,valueChange\r\n"
                        + "1,445322116,历洞镇,12.5,次,true,2,1,10,2.5\r\n"
                        + "2,445322100,都城镇,7,次,false,,,,\r\n");
    }
}
