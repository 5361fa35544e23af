package io.fazhi.submission.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.fazhi.submission.model.ReportDeadline;
import io.fazhi.submission.repository.DeadlineRepository;
import io.fazhi.submission.service.AreaAdminPolicy;
import io.fazhi.submission.service.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Areas' due dates per report year, and the deadline in force for a township. */
@ApplicationScoped
public class DeadlineService {

    private final DeadlineRepository deadlines;
    private final DeadlinePolicy policy;
    private final AreaAdminPolicy admins;
    private final Clock clock;

    DeadlineService(DeadlineRepository deadlines, DeadlinePolicy policy, AreaAdminPolicy admins, Clock clock) {
        this.deadlines = deadlines;
        this.policy = policy;
        this.admins = admins;
        this.clock = clock;
    }

    /** The deadline in force for a township or area: its own setting, else the nearest broader area's, else the default. */
    @Transactional
    public Deadline inForce(String code, int year) {
        List<AreaDeadline> settings = deadlines.covering(code.length() == 9 ? code : padded(code), year).stream()
                .filter(d -> code.startsWith(d.area))
                .map(DeadlineService::toSetting).toList();
        return policy.deadline(code, year, settings);
    }

    @Transactional
    public List<AreaDeadline> list(String area, Integer year) {
        return deadlines.inArea(area, year).stream().map(DeadlineService::toSetting).toList();
    }

    /** Sets (or replaces) an area's dates for a year; reports already stored keep the lateness they were given. */
    @Transactional
    public SetOutcome set(String area, int year, LocalDate dueDate, LocalDate publishBy) {
        admins.requireAdminOf(area);
        if (publishBy.isBefore(dueDate)) {
            throw new InvalidRequestException("publishBy", "must not be before dueDate");
        }
        if (dueDate.getYear() < year) {
            throw new InvalidRequestException("dueDate", "must fall after the report year " + year);
        }
        ReportDeadline row = deadlines.find(area, year).orElse(null);
        boolean created = row == null;
        if (created) {
            row = new ReportDeadline();
            row.area = area;
            row.year = year;
        }
        row.dueDate = dueDate;
        row.publishBy = publishBy;
        row.updatedAt = clock.instant();
        row.updatedBy = admins.actor();
        if (created) {
            deadlines.persist(row);
        }
        return new SetOutcome(policy.deadline(area, year, List.of(toSetting(row))), created);
    }

    /** Removes an area's setting; broader settings or the default apply again. */
    @Transactional
    public boolean remove(String area, int year) {
        admins.requireAdminOf(area);
        return deadlines.delete("area = ?1 and year = ?2", area, year) > 0;
    }

    /** The deadline stored, and whether the area had none for that year before. */
    public record SetOutcome(Deadline deadline, boolean created) {
    }

    private static AreaDeadline toSetting(ReportDeadline d) {
        return new AreaDeadline(d.area, d.year, d.dueDate, d.publishBy);
    }

    /** Shorter areas are padded so that the prefix query still covers their parents. */
    private static String padded(String area) {
        return (area + "000000000").substring(0, 9);
    }
}
