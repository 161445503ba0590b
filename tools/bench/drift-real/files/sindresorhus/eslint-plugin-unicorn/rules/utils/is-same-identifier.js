const isSameIdentifier = (nodeA, nodeB) => nodeA.type === 'Identifier'
	&& nodeB.type === 'Identifier'
	&& nodeA.name === nodeB.name;

export default isSameIdentifier;
