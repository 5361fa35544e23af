package io.fazhi.submission.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TownshipRegistryTest {

    private final TownshipRegistry registry = BundledRegistry.get();

    @Test
    void holdsEveryTownshipOfTheEditionWithItsParents() {
        assertThat(registry.size()).isEqualTo(41_351);
        Township lidong = registry.byCode("445322116").orElseThrow();
        assertThat(lidong).extracting(Township::name, Township::kind, Township::county, Township::city,
                Township::province).containsExactly("历洞镇", "镇", "郁南县", "云浮市", "广东省");
    }

    @ParameterizedTest(name = "{0} (county {1}) → {2}")
    @CsvSource({
            "郁南县历洞镇,        ,        445322116",
            "历洞镇,              郁南县,  445322116",
            "历洞镇,              ,        445322116",
            "历洞镇,              郁南,    445322116",
            "445322116,           ,        445322116",
            "445322116203,        ,        445322116",
            "汉中市南郑区法镇,    ,        610703113",
            "陕西省汉中市南郑区法镇, ,     610703113",
            "蓟州区邦均镇,        ,        120119105",
            "天津市蓟州区邦均镇,  ,        120119105",
            "新县沙窝镇,          ,        411523101",
            "沙窝镇,              新县,    411523101",
            "双龙镇,              丰都县,  500230124",
            "丰都县双龙镇,        ,        500230124",
            "双龙镇,              500230,  500230124",
            "' 郁南县 历洞镇 ',   ,        445322116"})
    void resolvesNamesQualifiedNamesAndCodes(String name, String county, String code) {
        assertThat(registry.resolve(name, county)).extracting(Township::code).containsExactly(code);
    }

    @Test
    void givesEveryCandidateForANameSeveralCountiesShare() {
        List<Township> shuanglong = registry.resolve("双龙镇", null);
        assertThat(shuanglong).hasSize(15).extracting(Township::code).contains("500230124");
        assertThat(registry.resolve("沙窝镇", null)).extracting(Township::county).contains("东明县", "新县");
    }

    @ParameterizedTest
    @CsvSource({"不存在镇,", "历洞镇,丰都县", "999999999,", "44532211,", "郁南县法镇,"})
    void findsNothingForUnknownNamesAndMismatchedCounties(String name, String county) {
        assertThat(registry.resolve(name, county)).isEmpty();
    }

    @Test
    void searchesAnAreaByNameSubstringPageByPage() {
        TownshipPage county = registry.search("445322", null, 0, 5);
        assertThat(county.total()).isEqualTo(19);
        assertThat(county.items()).hasSize(5).allMatch(t -> t.countyCode().equals("445322"));
        assertThat(registry.search("44", "历洞", 0, 50).items()).extracting(Township::code).containsExactly("445322116");
        assertThat(registry.search("50", "双龙", 0, 50).items()).extracting(Township::code).contains("500230124");
        assertThat(registry.search("445322", null, 3, 5).items()).hasSize(4);
        assertThat(registry.search("445322", null, 4, 5).items()).isEmpty();
    }

    @Test
    void keepsTheFormerNameOfARenamedUnitAsAnAlias() {
        Township renamed = registry.byCode("445322116").orElseThrow().renamed("历洞新镇", LocalDate.of(2024, 5, 1));
        TownshipRegistry changed = registry.withChanges(List.of(renamed));

        assertThat(changed.byCode("445322116").orElseThrow().name()).isEqualTo("历洞新镇");
        assertThat(changed.resolve("郁南县历洞镇", null)).extracting(Township::name).containsExactly("历洞新镇");
        assertThat(changed.resolve("历洞新镇", "郁南县")).extracting(Township::code).containsExactly("445322116");
        assertThat(changed.byCode("445322116").orElseThrow().formerNames()).containsExactly("历洞镇");
        assertThat(registry.byCode("445322116").orElseThrow().name()).isEqualTo("历洞镇");
    }

    @Test
    void addsANewUnitUnderAnExistingCounty() {
        Township template = registry.anyInCounty("445322").orElseThrow();
        Township added = new Township("445322450", "郁南产业园", Township.kindOf("445322450"), "445322",
                template.county(), template.cityCode(), template.city(), template.provinceCode(), template.province(),
                List.of(), LocalDate.of(2024, 1, 1));
        TownshipRegistry changed = registry.withChanges(List.of(added));
        assertThat(changed.size()).isEqualTo(registry.size() + 1);
        assertThat(changed.resolve("郁南县郁南产业园", null)).extracting(Township::kind).containsExactly("other");
    }

    @ParameterizedTest
    @CsvSource({"110101001, 街道", "445322116, 镇", "445322201, 乡", "445322301, 乡", "445322400, other"})
    void derivesTheKindFromTownshipDigits(String code, String kind) {
        assertThat(Township.kindOf(code)).isEqualTo(kind);
    }
}
