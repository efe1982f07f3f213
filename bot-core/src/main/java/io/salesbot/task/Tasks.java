package io.salesbot.task;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tasks, always looked up within one workspace. */
interface Tasks extends JpaRepository<Task, Long> {

    Optional<Task> findByWorkspaceIdAndNumber(long workspaceId, int number);
}
