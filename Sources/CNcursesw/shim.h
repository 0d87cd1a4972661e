#ifndef AMPARO_CNCURSESW_SHIM_H
#define AMPARO_CNCURSESW_SHIM_H
// The wide-character API (get_wch, add_wch, cchar_t) exists only with these.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals as shared mutable state: read them through functions.
static inline WINDOW *amparo_stdscr(void) { return stdscr; }
static inline int amparo_cols(void) { return COLS; }
static inline int amparo_lines(void) { return LINES; }
static inline int amparo_colors(void) { return COLORS; }
static inline int amparo_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int amparo_key_resize(void) { return KEY_RESIZE; }
static inline int amparo_key_mouse(void) { return KEY_MOUSE; }
static inline int amparo_ok(void) { return OK; }
static inline int amparo_err(void) { return ERR; }
static inline int amparo_key_code_yes(void) { return KEY_CODE_YES; }
// Macros built from expressions do not import into Swift: read them through functions.
static inline attr_t amparo_a_bold(void) { return A_BOLD; }
static inline attr_t amparo_a_underline(void) { return A_UNDERLINE; }
static inline attr_t amparo_a_reverse(void) { return A_REVERSE; }
static inline mmask_t amparo_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t amparo_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t amparo_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t amparo_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t amparo_button5_pressed(void) { return BUTTON5_PRESSED; }
#endif
