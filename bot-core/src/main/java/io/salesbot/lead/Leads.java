package io.salesbot.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Leads, always looked up within one workspace. */
public interface Leads extends JpaRepository<Lead, Long> {

    Optional<Lead> findByWorkspaceIdAndNumber(long workspaceId, int number);

    List<Lead> findByWorkspaceIdAndStatusOrderByNumberDesc(long workspaceId, LeadStatus status, Pageable page);

    List<Lead> findByWorkspaceIdOrderByNumberDesc(long workspaceId, Pageable page);

    @Query("""
            select l from Lead l
            where l.workspaceId = :workspaceId
              and (lower(l.name) like lower(concat('%', :part, '%')) escape '\\'
                   or lower(l.company) like lower(concat('%', :part, '%')) escape '\\')
            order by l.number desc""")
    List<Lead> findByNameContaining(long workspaceId, String part, Pageable page);
}
