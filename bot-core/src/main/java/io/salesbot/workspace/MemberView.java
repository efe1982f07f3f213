package io.salesbot.workspace;

/** A member as shown to people. */
public record MemberView(long id, String platformUserId, String displayName, Role role) {

    static MemberView of(Member member) {
        return new MemberView(member.getId(), member.getPlatformUserId(), member.getDisplayName(), member.getRole());
    }
}
