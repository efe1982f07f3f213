package io.salesbot.workspace;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All workspaces. */
public interface Workspaces extends JpaRepository<Workspace, Long> {

    Optional<Workspace> findByPlatformAndExternalId(Platform platform, String externalId);

    /** The workspaces of a platform that a user is a member of. */
    @Query("SELECT w FROM Workspace w, Member m WHERE m.workspaceId = w.id AND w.platform = :platform"
            + " AND m.platformUserId = :userId ORDER BY w.id")
    java.util.List<Workspace> findWithMember(Platform platform, String userId);

    /** The row deal and lead numbers are taken from (V6__workspace_counters.sql); made with the workspace. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "INSERT INTO workspace_counter (workspace_id) VALUES (:id)", nativeQuery = true)
    int createCounters(long id);

    /**
     * Takes the next deal number of a workspace. The row lock of the update makes concurrent
     * creators wait for each other, so two deals never share a number.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            value = "UPDATE workspace_counter SET last_deal_number = last_deal_number + 1 WHERE workspace_id = :id",
            nativeQuery = true)
    int incrementDealNumber(long id);

    @Query(value = "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = :id", nativeQuery = true)
    int lastDealNumber(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            value = "UPDATE workspace_counter SET last_lead_number = last_lead_number + 1 WHERE workspace_id = :id",
            nativeQuery = true)
    int incrementLeadNumber(long id);

    @Query(value = "SELECT last_lead_number FROM workspace_counter WHERE workspace_id = :id", nativeQuery = true)
    int lastLeadNumber(long id);
}
