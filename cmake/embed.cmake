# supplyline_embed(TARGET NAME FILES...): turns text files into a generated C++ source of string
# literals (file name -> contents), so the program runs from any directory.
function(supplyline_embed target name)
  set(out_cpp "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp")
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAME=${name} "-DFILES=${ARGN}"
            -P "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
    DEPENDS ${ARGN} "${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out_cpp}")
endfunction()
