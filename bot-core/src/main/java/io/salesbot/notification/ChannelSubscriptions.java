package io.salesbot.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The channels of each workspace that hear notifications. */
public interface ChannelSubscriptions extends JpaRepository<ChannelSubscription, Long> {

    List<ChannelSubscription> findByWorkspaceIdOrderByChannelId(long workspaceId);

    Optional<ChannelSubscription> findByWorkspaceIdAndChannelId(long workspaceId, String channelId);

    @Query("select s from ChannelSubscription s where s.digestDay is not null")
    List<ChannelSubscription> findWithDigest();
}
