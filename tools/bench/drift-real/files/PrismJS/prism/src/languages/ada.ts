import type { LanguageProto } from '../types';

export default {
	id: 'ada',
	grammar: {
		'comment': /--.*/,
		'string': /"(?:""|[^"\r\f\n])*"/,
		'number': [
			{
				pattern:
					/\b\d(?:_?\d)*#[\dA-F](?:_?[\dA-F])*(?:\.[\dA-F](?:_?[\dA-F])*)?#(?:E[+-]?\d(?:_?\d)*)?/i,
			},
			{
				pattern: /\b\d(?:_?\d)*(?:\.\d(?:_?\d)*)?(?:E[+-]?\d(?:_?\d)*)?\b/i,
			},
		],
		'attribute': {
			pattern: /\b'\w+/,
			alias: 'attr-name',
		},
		'keyword':
			/\b(?:abort|abs|abstract|accept|access|aliased|all|and|array|at|begin|body|case|constant|declare|delay|delta|digits|do|else|elsif|end|entry|exception|exit|for|function|generic|goto|if|in|interface|is|limited|loop|mod|new|not|null|of|or|others|out|overriding|package|pragma|private|procedure|protected|raise|range|record|rem|renames|requeue|return|reverse|select|separate|some|subtype|synchronized|tagged|task|terminate|then|type|until|use|when|while|with|xor)\b/i,
		'boolean': /\b(?:false|true)\b/i,
		'operator': /<[=>]?|>=?|=>?|:=|\/=?|\*\*?|[&+-]/,
		'punctuation': /\.\.?|[,;():]/,
		'char': /'.'/,
		'variable': /\b[a-z](?:\w)*\b/i,
	},
} as LanguageProto<'ada'>;
