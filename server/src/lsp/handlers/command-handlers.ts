import { pathToFileURL } from 'node:url';
import {
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  WorkDoneProgressReporter,
  type CancellationToken,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { errorDetails, errorReason } from '../errors';
import { SERVER_COMMANDS } from '../protocol';
import { applyAllFixes } from './code-action-handlers';
import type { ServerState } from './server-state';

/** A server command (see SERVER_COMMANDS): its arguments, the request's cancellation, and the client's progress token if it gave one. */
type ServerCommand = (args: unknown[], cancellation: CancellationToken, progress: WorkDoneProgressReporter) => Promise<unknown>;

/** The commands `workspace/executeCommand` carries out, as announced in the capabilities. */
const EXECUTED_COMMANDS: readonly string[] = [SERVER_COMMANDS.showDocumentation, SERVER_COMMANDS.applyAllFixes, SERVER_COMMANDS.lintWorkspace];

export const COMMAND_CAPABILITIES: ServerCapabilities = { executeCommandProvider: { commands: [...EXECUTED_COMMANDS] } };

/** `workspace/executeCommand`: a rule's page, fixing every finding of a sheet, and linting the whole workspace. */
export function registerCommandHandlers(state: ServerState): void {
  const { connection } = state;

  /** Opens a rule's page: a web page in the browser, a shipped page in the editor. */
  const showDocumentation: ServerCommand = async ([ruleId, uri]) => {
    if (typeof ruleId !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.showDocumentation} takes [ruleId, uri?]`);
    const documentUri = typeof uri === 'string' ? uri : undefined;
    if (documentUri !== undefined) await state.settings.ready(documentUri);
    const href = state.documentationHref(ruleId, documentUri);
    if (!href) return new ResponseError(ErrorCodes.InvalidParams, `There is no documentation for rule "${ruleId}"`);
    if (state.clientCapabilities.window?.showDocument?.support !== true) {
      // A client that cannot open pages can still show where the page is.
      await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Documentation for ${ruleId}: ${href}` });
      return false;
    }
    const shown = await connection.window.showDocument({ uri: href, external: /^https?:/i.test(href), takeFocus: true });
    return shown.success;
  };

  /** Lints every term sheet of the workspace folders, with progress the user can cancel. */
  const lintWorkspace: ServerCommand = async (_args, cancellation, attached) => {
    // Each folder's files are linted with that folder's settings.
    await Promise.all(state.configs.folders.map((folder) => state.settings.ready(pathToFileURL(folder).href)));
    // The client's own progress token when it sent one; else progress the server creates, when the client can show it.
    const progress =
      !WorkDoneProgressReporter.isNullInstance(attached) || state.clientCapabilities.window?.workDoneProgress !== true
        ? attached
        : await connection.window.createWorkDoneProgress().catch(() => attached);
    return state.workspaceLinter.run(cancellation, progress, 'token' in progress ? (progress.token as CancellationToken) : undefined);
  };

  const serverCommands = new Map<string, ServerCommand>([
    [SERVER_COMMANDS.showDocumentation, showDocumentation],
    [SERVER_COMMANDS.applyAllFixes, (args) => applyAllFixes(state, args)],
    [SERVER_COMMANDS.lintWorkspace, lintWorkspace],
  ]);

  connection.onExecuteCommand(
    state.guard(
      'executeCommand',
      null,
      (params) => params.arguments?.find((argument): argument is string => typeof argument === 'string' && argument.includes(':')),
      (params, cancellation: CancellationToken, progress: WorkDoneProgressReporter) => {
        const run = serverCommands.get(params.command);
        if (!run) return new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${params.command}"`);
        return run(params.arguments ?? [], cancellation, progress).catch((error: unknown) => {
          state.logError(`termsheet-lint: ${params.command} failed: ${errorDetails(error)}`);
          return new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${errorReason(error)}`);
        });
      },
    ),
  );
}
