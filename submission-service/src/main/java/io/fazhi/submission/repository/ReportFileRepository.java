package io.fazhi.submission.repository;

import io.fazhi.submission.model.ReportFile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Original files of uploaded reports, by report id. */
@ApplicationScoped
public class ReportFileRepository implements PanacheRepositoryBase<ReportFile, Long> {
}
