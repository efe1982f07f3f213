package io.salesbot.opportunity;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A deal filter resolved to ids, always within one workspace. */
record DealSearch(
        long workspaceId,
        Long ownerId,
        Long stageId,
        Long typeId,
        Long campaignId,
        LocalDate closingFrom,
        LocalDate closingTo,
        boolean openOnly) {

    Specification<Opportunity> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("workspaceId"), workspaceId));
            if (ownerId != null) {
                where.add(cb.equal(root.get("ownerId"), ownerId));
            }
            if (stageId != null) {
                where.add(cb.equal(root.get("stage").get("id"), stageId));
            }
            if (typeId != null) {
                where.add(cb.equal(root.get("type").get("id"), typeId));
            }
            if (campaignId != null) {
                where.add(cb.equal(root.get("campaignId"), campaignId));
            }
            if (closingFrom != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("expectedCloseDate"), closingFrom));
            }
            if (closingTo != null) {
                where.add(cb.lessThanOrEqualTo(root.get("expectedCloseDate"), closingTo));
            }
            if (openOnly) {
                where.add(cb.equal(root.get("stageKind"), StageKind.OPEN));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
