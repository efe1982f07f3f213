package io.salesbot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiErrorResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.auth.AuthTestRequest;
import com.slack.api.methods.request.chat.ChatGetPermalinkRequest;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.request.files.FilesListRequest;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import io.salesbot.reply.FileNames;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * The Web API calls the adapter makes, with the bot token, through the configured API URL. Every
 * call either returns or throws {@link SlackCallFailed}, so callers decide what a failure means.
 */
public class SlackWeb {

    private final Slack slack;
    private final MethodsClient methods;
    private final String botToken;

    /**
     * Reads every answer of the Web API. The SDK's own client builds a new Gson for each answer it
     * reads, and with it the adapters for the whole message model: about 7 % of the app's CPU at 200
     * commands/s (BENCHMARKS.md). One Gson, configured as the SDK's, keeps them.
     */
    private final Gson answers;

    private final String methodsUrl;

    public SlackWeb(Slack slack, String botToken) {
        this.slack = slack;
        this.botToken = botToken;
        this.methods = slack.methods(botToken);
        this.answers = GsonFactory.createSnakeCase(slack.getConfig());
        this.methodsUrl = slack.getConfig().getMethodsEndpointUrlPrefix();
    }

    /**
     * The newest CSV file {@code user} shared in {@code channel} (Slack's files.list), or null when
     * there is none.
     */
    public CsvFile latestCsv(String channel, String user) {
        var files = post(
                        "files.list",
                        RequestFormBuilder.toForm(FilesListRequest.builder()
                                .channel(channel)
                                .user(user)
                                .count(20)
                                .build()),
                        FilesListResponse.class)
                .getFiles();
        return files == null
                ? null
                : files.stream()
                        .filter(file -> file.getName() != null
                                && file.getName().toLowerCase().endsWith(".csv"))
                        .findFirst()
                        .map(file -> new CsvFile(
                                file.getName(),
                                file.getSize() == null ? 0 : file.getSize(),
                                file.getUrlPrivateDownload()))
                        .orElse(null);
    }

    /** A shared CSV file: its name, its size in bytes as Slack reports it, and where to fetch it. */
    public record CsvFile(String name, long size, String downloadUrl) {}

    /** The file as uploaded, byte for byte: the core decodes it. */
    public byte[] download(CsvFile file) {
        // Private file URLs need the bot token; Slack's own HTTP client sends it.
        try (Response download = slack.getHttpClient().get(file.downloadUrl(), java.util.Map.of(), botToken)) {
            if (!download.isSuccessful() || download.body() == null) {
                throw new SlackCallFailed("file download", download.code(), null, null, null);
            }
            return download.body().bytes();
        } catch (IOException e) {
            throw new SlackCallFailed("file download", 0, null, null, e);
        }
    }

    /** Checks the bot token with {@code auth.test}; returns the team it belongs to. */
    public String authTest() {
        return authTestAnswer().getTeamId();
    }

    /** Who the bot token speaks as: its bot user and bot id, to tell our own messages from others'. */
    public BotIdentity identity() {
        var answer = authTestAnswer();
        return new BotIdentity(answer.getUserId(), answer.getBotId());
    }

    private AuthTestResponse authTestAnswer() {
        return post(
                "auth.test", RequestFormBuilder.toForm(AuthTestRequest.builder().build()), AuthTestResponse.class);
    }

    /** The bot user and bot id that {@code auth.test} reports for our token. */
    public record BotIdentity(String userId, String botId) {}

    public String postMessage(String channel, String text, List<LayoutBlock> blocks) {
        return postMessage(channel, text, blocks, null);
    }

    /** Posts with message metadata (not shown to people) that lets us find the message again; null for none. */
    public String postMessage(String channel, String text, List<LayoutBlock> blocks, Message.Metadata metadata) {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder()
                .channel(channel)
                .text(text)
                .blocks(blocks)
                .metadata(metadata)
                .build();
        return post("chat.postMessage", RequestFormBuilder.toForm(request), ChatPostMessageResponse.class)
                .getTs();
    }

    /**
     * One page of a conversation's messages newer than {@code oldest} (epoch seconds), newest first,
     * with every message's metadata; {@code cursor} is null for the first page.
     */
    public ConversationsHistoryResponse history(String channel, String oldest, String cursor, int limit) {
        return post(
                "conversations.history",
                RequestFormBuilder.toForm(ConversationsHistoryRequest.builder()
                        .channel(channel)
                        .oldest(oldest)
                        .cursor(cursor)
                        .limit(limit)
                        .includeAllMetadata(true)
                        .build()),
                ConversationsHistoryResponse.class);
    }

    public void postEphemeral(String channel, String user, String text, List<LayoutBlock> blocks) {
        ChatPostEphemeralRequest request = ChatPostEphemeralRequest.builder()
                .channel(channel)
                .user(user)
                .text(text)
                .blocks(blocks)
                .build();
        post("chat.postEphemeral", RequestFormBuilder.toForm(request), ChatPostEphemeralResponse.class);
    }

    public void openView(String triggerId, View view) {
        post(
                "views.open",
                RequestFormBuilder.toForm(ViewsOpenRequest.builder()
                        .triggerId(triggerId)
                        .view(view)
                        .build()),
                ViewsOpenResponse.class);
    }

    public void publishHome(String userId, View view) {
        ViewsPublishRequest request =
                ViewsPublishRequest.builder().userId(userId).view(view).build();
        post("views.publish", RequestFormBuilder.toForm(request), ViewsPublishResponse.class);
    }

    /** The direct-message channel with a member. */
    public String openDm(String userId) {
        // A user's DM with the bot never changes: open it once, not once per reminder
        // (conversations.open is Tier 3, about 50 a minute; a morning's DMs would wait on it).
        String known = dmChannels.get(userId);
        if (known != null) {
            return known;
        }
        String opened = post(
                        "conversations.open",
                        RequestFormBuilder.toForm(ConversationsOpenRequest.builder()
                                .users(List.of(userId))
                                .build()),
                        ConversationsOpenResponse.class)
                .getChannel()
                .getId();
        dmChannels.put(userId, opened);
        return opened;
    }

    /** The DM channels opened so far, by user id; the eldest forgotten past {@link #DM_CHANNELS_KEPT}. */
    private final Map<String, String> dmChannels =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > DM_CHANNELS_KEPT;
                }
            });

    private static final int DM_CHANNELS_KEPT = 100_000;

    /** A link to a message, for people to go back to it from a deal's timeline. */
    public String permalink(String channel, String messageTs) {
        return post(
                        "chat.getPermalink",
                        RequestFormBuilder.toForm(ChatGetPermalinkRequest.builder()
                                .channel(channel)
                                .messageTs(messageTs)
                                .build()),
                        ChatGetPermalinkResponse.class)
                .getPermalink();
    }

    /** users.info: the member's profile with their locale; null fields stay null. */
    public com.slack.api.model.User user(String userId) {
        return post(
                        "users.info",
                        RequestFormBuilder.toForm(UsersInfoRequest.builder()
                                .user(userId)
                                .includeLocale(true)
                                .build()),
                        UsersInfoResponse.class)
                .getUser();
    }

    /** Uploads a file (a chart, an export) to a channel with Slack's three-step flow. */
    public void upload(String channel, String filename, byte[] png, String title) {
        try {
            call(
                    "files.uploadV2",
                    () -> methods.filesUploadV2(FilesUploadV2Request.builder()
                            .channel(channel)
                            // A name may carry people's text: Slack shows it and offers it to save.
                            .filename(FileNames.safe(filename))
                            .title(title)
                            .fileData(png)
                            .requestFileInfo(false)
                            .build()));
        } catch (SlackFilesUploadV2Exception e) {
            // The SDK reports a failed step of the flow this way instead of with ok:false.
            throw new SlackCallFailed("files.uploadV2", 200, uploadError(e), null, null);
        }
    }

    private static String uploadError(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null && e.getCompleteResponse().getError() != null) {
            return e.getCompleteResponse().getError();
        }
        return e.getGetURLResponses() == null
                ? "upload_failed"
                : e.getGetURLResponses().stream()
                        .map(SlackApiTextResponse::getError)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse("upload_failed");
    }

    /** Answers through an interaction's response_url (works for ephemeral messages too). */
    public void respond(String responseUrl, ActionResponse response) {
        try (Response reply = slack.getHttpClient().postJsonBody(responseUrl, response)) {
            if (!reply.isSuccessful()) {
                throw new SlackCallFailed("response_url", reply.code(), null, retryAfter(reply), null);
            }
        } catch (IOException e) {
            throw new SlackCallFailed("response_url", 0, null, null, e);
        }
    }

    /**
     * A Web API method called as the SDK calls it (the form it builds, the bot token as a bearer
     * header, its HTTP client), its answer read with {@link #answers}; failures as {@link #call}.
     */
    private <T extends SlackApiTextResponse> T post(String method, FormBody.Builder form, Class<T> answer) {
        try (Response response =
                slack.getHttpClient().postFormWithBearerHeader(methodsUrl + method, botToken, form.build())) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new SlackCallFailed(method, response.code(), errorIn(body), retryAfter(response), null);
            }
            T parsed = answers.fromJson(body, answer);
            if (parsed == null || !parsed.isOk()) {
                throw new SlackCallFailed(method, 200, parsed == null ? null : parsed.getError(), null, null);
            }
            return parsed;
        } catch (IOException e) {
            throw new SlackCallFailed(method, 0, null, null, e);
        } catch (JsonParseException e) {
            throw new SlackCallFailed(method, 200, null, null, e);
        }
    }

    /** The {@code error} of a refused call's body, or null when it is not Slack's JSON. */
    private String errorIn(String body) {
        try {
            SlackApiErrorResponse refused = answers.fromJson(body, SlackApiErrorResponse.class);
            return refused == null ? null : refused.getError();
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw new SlackCallFailed(
                    method,
                    e.getResponse().code(),
                    e.getError() == null ? null : e.getError().getError(),
                    retryAfter(e.getResponse()),
                    e);
        } catch (IOException e) {
            throw new SlackCallFailed(method, 0, null, null, e);
        }
        if (!response.isOk()) {
            throw new SlackCallFailed(method, 200, response.getError(), null, null);
        }
        return response;
    }

    private static Long retryAfter(Response response) {
        String header = response.header("Retry-After");
        try {
            return header == null ? null : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }
}
