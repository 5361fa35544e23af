package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            36            | 36
            7500          | 7500
            1,200         | 1200
            12.5          | 12.5
            2万           | 20000
            1.2万         | 12000
            4.52万        | 45200
            1.5亿         | 150000000
            5千           | 5000
            十            | 10
            十二          | 12
            二十          | 20
            一百二十三     | 123
            一千五百       | 1500
            两万          | 20000
            两千三百       | 2300
            一万二        | 12000
            三百五        | 350
            一万零八百     | 10800
            十万零一       | 100001
            一百零五       | 105
            三千五百万     | 35000000
            一亿三十五万零八十九 | 100350089
            二〇二三       | 2023
            壹佰贰拾叁     | 123
            九十五          | 95
            百            | 100
            万            | 10000
            """)
    void readsNumeralExactly(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(NumeralParser.parse(numeral)), numeral);
    }

    @ParameterizedTest
    @ValueSource(strings = {"〇万", "二3", "两三五万亿x", ""})
    void rejectsWhatIsNotANumeral(String text) {
        assertNull(NumeralParser.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"4.52万, 45200", "2.5万, 25000"})
    void keepsDecimalWanExactWithoutFloatingPointError(String numeral, String expected) {
        assertEquals(expected, NumeralParser.parse(numeral).toPlainString());
    }
}
