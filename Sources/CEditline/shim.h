// The parts of libedit Parley uses. el_set, el_get and history are C variadic
// functions, which Swift cannot call, so each use gets a fixed-argument wrapper.
#ifndef PARLEY_CEDITLINE_SHIM_H
#define PARLEY_CEDITLINE_SHIM_H

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>

typedef char *(*parley_prompt_fn)(EditLine *);

/// A line editor on the process's standard streams.
static inline EditLine *parley_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// Writes and flushes text on standard output, in order with libedit's own output.
static inline void parley_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}
typedef unsigned char (*parley_key_fn)(EditLine *, int);

static inline int parley_el_set_prompt(EditLine *el, parley_prompt_fn fn, char escape) {
    return el_set(el, EL_PROMPT_ESC, fn, escape);
}

static inline int parley_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int parley_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int parley_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int parley_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *parley_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int parley_el_add_function(EditLine *el, const char *name, const char *help, parley_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int parley_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/// Turns a terminal flag on (+flag) or off (-flag) while libedit edits a line.
static inline int parley_el_set_tty_edit(EditLine *el, const char *flag) {
    return el_set(el, EL_SETTY, "-d", flag, NULL);
}

static inline int parley_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int parley_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int parley_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int parley_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int parley_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

static inline int parley_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

/// Makes the C library (and so libedit) read and write UTF-8: the user's locale
/// when it is a UTF-8 one, else C.UTF-8. Returns 1 when the encoding is UTF-8.
static inline int parley_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && (codeset[0] == 'U' || codeset[0] == 'u')) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8")) return 1;
    return 0;
}

#endif
