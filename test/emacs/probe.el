;;; probe.el --- drive eglot as a person would and write down what it saw  -*- lexical-binding: t -*-

;; For emacs.e2e.ts to check, as JSON. Run as `emacs --batch -l probe.el'; the plan (the init file
;; holding the README's snippet, the files to open, where to ask for a hover, where to write) comes as
;; JSON in $TERMSHEET_PROBE_PLAN.  Batch Emacs has no command loop, so each step runs as one command
;; through `ert-simulate-command', with the pre- and post-command hooks that eglot and Flymake wait on.

(require 'json)
(require 'ert-x)

(defvar probe-plan
  (let ((json-object-type 'alist) (json-array-type 'list) (json-key-type 'symbol))
    (json-read-file (getenv "TERMSHEET_PROBE_PLAN"))))

(defvar probe-report nil "What the probe saw, an alist written out as JSON.")

(defun probe-wait (what condition)
  "Read the server's output until CONDITION holds; fail naming WHAT after the plan's timeout."
  (let ((deadline (+ (float-time) (/ (alist-get 'timeout_ms probe-plan) 1000.0))))
    (while (and (not (funcall condition)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall condition) (error "Timed out waiting for %s" what))))

(defun probe-position (point)
  "POINT as a 0-based line and a column counted in characters."
  (save-excursion
    (goto-char point)
    `((line . ,(1- (line-number-at-pos point t))) (column . ,(- point (line-beginning-position))))))

(defun probe-diagnostics ()
  "The current buffer's Flymake diagnostics."
  (vconcat
   (mapcar (lambda (diagnostic)
             `((type . ,(flymake-diagnostic-type diagnostic))
               (text . ,(flymake-diagnostic-text diagnostic))
               (start . ,(probe-position (flymake-diagnostic-beg diagnostic)))
               (end . ,(probe-position (flymake-diagnostic-end diagnostic)))))
           (flymake-diagnostics))))

(defun probe-open (file)
  "Visit FILE as \\[find-file] does and wait for eglot to take it on and Flymake to list findings."
  (ert-simulate-command `(find-file ,file))
  (probe-wait (concat "eglot in " file) #'eglot-managed-p)
  ;; Flymake runs its first check at the end of the command after the one that started eglot (a
  ;; person's next keystroke): here, a move to the start of the buffer.
  (ert-simulate-command '(beginning-of-buffer))
  (probe-wait (concat "diagnostics in " file) #'flymake-diagnostics)
  `((major_mode . ,major-mode)
    (server_command . ,(vconcat (process-command (jsonrpc--process (eglot-current-server)))))
    (diagnostics . ,(probe-diagnostics))))

(defun probe-hover (file line column)
  "The documentation \\[eldoc] shows at LINE and COLUMN of FILE, from its *eldoc* buffer."
  (probe-open file)
  (ert-simulate-command
   `(goto-char ,(save-excursion (goto-char (point-min)) (forward-line line) (forward-char column) (point))))
  (ert-simulate-command '(eldoc t))
  (probe-wait "the *eldoc* buffer"
              (lambda () (let ((buffer (get-buffer "*eldoc*"))) (and buffer (> (buffer-size buffer) 0)))))
  (with-current-buffer "*eldoc*" (buffer-substring-no-properties (point-min) (point-max))))

(defun probe-run ()
  ;; What Emacs does at startup before it reads the init file, which batch mode leaves out: activate
  ;; the installed packages (eglot, yaml-mode and markdown-mode on Emacs 28).
  (package-activate-all)
  (load (alist-get 'init probe-plan) nil t)
  (push `(files . ,(mapcar (lambda (file) (cons file (probe-open file))) (alist-get 'files probe-plan)))
        probe-report)
  (let-alist (alist-get 'hover probe-plan)
    (push `(hover . ,(probe-hover .file .line .column)) probe-report)))

(let ((failure (condition-case error (progn (probe-run) nil)
                 (error (error-message-string error)))))
  (when failure (push `(error . ,failure) probe-report))
  (push `(emacs . ,emacs-version) probe-report)
  (with-temp-file (alist-get 'output probe-plan)
    (insert (json-encode probe-report)))
  (kill-emacs (if failure 1 0)))

;;; probe.el ends here
