package io.salesbot.opportunity;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Opportunities, always looked up within one workspace. */
public interface Opportunities extends JpaRepository<Opportunity, Long>, JpaSpecificationExecutor<Opportunity> {

    Optional<Opportunity> findByWorkspaceIdAndNumber(long workspaceId, int number);

    /**
     * The deal by number with its lines, read under its row lock (held until the transaction ends);
     * the lines' rows are locked with it, which only changes of this deal take. Its stage and type
     * are not joined: locking their rows would queue every new deal behind this change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Opportunity o left join fetch o.lines"
            + " where o.workspaceId = :workspaceId and o.number = :number")
    Optional<Opportunity> lockByNumber(long workspaceId, int number);

    /**
     * The deal by number with what its card shows beside the pipeline (its type and lines), in one
     * read. Fetched by the query itself, not an entity graph: Hibernate caches the SQL of a query,
     * but translates one with a graph again on every call.
     */
    @Query("select o from Opportunity o join fetch o.type left join fetch o.lines"
            + " where o.workspaceId = :workspaceId and o.number = :number")
    Optional<Opportunity> readByNumber(long workspaceId, int number);

    /** Deals whose name contains {@code part} (any case), most recently active first. */
    @Query("""
            select o from Opportunity o
            where o.workspaceId = :workspaceId and lower(o.name) like lower(concat('%', :part, '%')) escape '\\'
            order by o.updatedAt desc""")
    List<Opportunity> findByNameContaining(long workspaceId, String part, Pageable page);

    /** The names of the open deals, most recently active first: what a mistyped name is compared with. */
    @Query("""
            select o.name from Opportunity o
            where o.workspaceId = :workspaceId and o.stageKind = io.salesbot.opportunity.StageKind.OPEN
            order by o.updatedAt desc""")
    List<String> openNames(long workspaceId, Pageable page);

    @Override
    @EntityGraph(attributePaths = {"stage", "type"})
    Page<Opportunity> findAll(Specification<Opportunity> spec, Pageable pageable);

    @Query(value = "SELECT number FROM sales_lead WHERE id = :leadId", nativeQuery = true)
    Optional<Integer> leadNumber(long leadId);

    @Query("select o from Opportunity o where o.workspaceId = :workspaceId and o.stage.id = :stageId")
    List<Opportunity> findInStage(long workspaceId, long stageId);

    long countByWorkspaceId(long workspaceId);
}
