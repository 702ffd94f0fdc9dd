# Generates the glad loader for OpenGL 4.5 core and EGL 1.5 at build time, offline (--reproducible).
set(GLAD_DIR "${CMAKE_BINARY_DIR}/glad")
set(GLAD_SOURCES "${GLAD_DIR}/src/gl.c" "${GLAD_DIR}/src/egl.c")
add_custom_command(
  OUTPUT ${GLAD_SOURCES} "${GLAD_DIR}/include/glad/gl.h" "${GLAD_DIR}/include/glad/egl.h"
  COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=4.5,egl=1.5 --out-path ${GLAD_DIR} c --loader
  COMMENT "Generating glad loader (GL 4.5 core, EGL 1.5)"
  VERBATIM)
add_library(glad STATIC ${GLAD_SOURCES})
target_include_directories(glad SYSTEM PUBLIC "${GLAD_DIR}/include")
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
