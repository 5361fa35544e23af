package io.fazhi.dashboard.coverage;

/** A township the registry expects to report: code, name and kind (街道, 镇, 乡 or other). */
public record ExpectedTownship(String code, String name, String kind) {
}
