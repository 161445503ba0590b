// @ce/pipeline-testing/mocks: stand-ins for the outside world (Serena, Context7, a language model).
export {
  MockSerenaStrategy,
  matchesNamePath,
  type SerenaSymbol,
  type SerenaRequest,
  type SerenaResponse,
  type MockSerenaData,
} from './mock-serena.js';
export {
  MockContext7Strategy,
  type CannedLibrary,
  type Context7Request,
  type Context7Response,
  type Context7Docs,
  type Context7Libraries,
  type QueryDocsRequest,
  type GetLibraryDocsRequest,
  type ResolveLibraryIdRequest,
} from './mock-context7.js';
export { MockLLMStrategy, fill, type LLMRequest, type LLMResponse, type MockLLMOptions, type RecordedCompletion } from './mock-llm.js';
