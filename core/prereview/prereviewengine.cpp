#include "prereviewengine.h"

namespace tongban::prereview {

PreReviewEngine::~PreReviewEngine() = default;

} // namespace tongban::prereview
