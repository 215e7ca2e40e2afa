" Vim compiler file: quadrant, the concurrency analyzer (docs/editors.md).
"
"   :compiler quadrant
"   :make                 quadrant -p build: every file of build/compile_commands.json
"   :make src/worker.cpp  just that file
"
" The quickfix list gets each finding (warning or error) and its notes, and
" each file that could not be analyzed; the quadrant of every function is
" report text, not a problem, and is left out.

if exists('current_compiler')
  finish
endif
let current_compiler = 'quadrant'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=quadrant\ -p\ build
" quadrant's own messages on stderr ("quadrant: note: ...") repeat what the
" report says or concern no line; findings are clang-style.
CompilerSet errorformat=
      \%-Gquadrant:\ %.%#,
      \%f:%l:%c:\ %trror:\ %m,
      \%f:%l:%c:\ %tarning:\ %m,
      \%f:%l:%c:\ %tote:\ %m,
      \%f:\ %trror:\ %m,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
